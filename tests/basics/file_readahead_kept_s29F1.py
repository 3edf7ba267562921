# open() and os.stat() write out every buffered file first; a file that was
# being read kept its position but lost its read-ahead, so the lines it had
# read ahead were skipped. (Found by tools/fuzz/diffio.py.)
import os
import tempfile

D = tempfile.mkdtemp()
P = os.path.join(D, 'f')
with open(P, 'w') as f:
    f.write('one\ntwo\nthree\n')
f = open(P)
b = open(P, 'rb')
print(repr(f.readline()), b.read(2))
g = open(P, 'a')
print(repr(f.readline()), f.tell(), b.read(3))
os.stat(P)
print(os.path.getsize(P), repr(f.read()), b.read())
g.write('four\n')
g.flush()
h = open(P, 'rb')
print(repr(f.read()), h.read())
for x in (f, b, g, h):
    x.close()
os.remove(P)
os.rmdir(D)
