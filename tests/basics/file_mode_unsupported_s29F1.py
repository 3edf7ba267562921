# What a file was not opened for is io.UnsupportedOperation (before any
# system call, even for no data); a buffered binary file says so before it
# looks whether it is closed, a text file after. Text files seek relative to
# the current position or the end only by 0. (Found by tools/fuzz/diffio.py.)
import io
import os
import tempfile

D = tempfile.mkdtemp()
P = os.path.join(D, 'f')
with open(P, 'w') as f:
    f.write('abcdef\n')


def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        r = type(e).__name__
    print(label, r)


for mode, buf in (('w', -1), ('a', -1), ('wb', -1), ('ab', -1), ('wb', 0)):
    f = open(P, mode, buf)
    for name, fn in (('read', lambda: f.read()), ('read0', lambda: f.read(0)), ('readline', lambda: f.readline()),
                     ('readlines', lambda: f.readlines()), ('next', lambda: next(f)), ('list', lambda: list(f))):
        show(mode + str(buf) + ' ' + name, fn)
    if 'b' in mode:
        show(mode + str(buf) + ' readinto', lambda: f.readinto(bytearray(2)))
    f.close()
    # closed: a BufferedWriter has no read at all, a text file is closed first
    show(mode + str(buf) + ' closed read', lambda: f.read())

for mode, buf in (('r', -1), ('rb', -1), ('rb', 0)):
    f = open(P, mode, buf)
    data = b'' if 'b' in mode else ''
    show(mode + str(buf) + ' write empty', lambda: f.write(data))
    show(mode + str(buf) + ' write', lambda: f.write(data * 2 + data[:0] + (b'x' if 'b' in mode else 'x')))
    show(mode + str(buf) + ' writelines', lambda: f.writelines([data]))
    show(mode + str(buf) + ' truncate', lambda: f.truncate(0))
    if 'b' not in mode:
        show(mode + str(buf) + ' print', lambda: print('x', file=f))
    show(mode + str(buf) + ' still', lambda: f.read())
    f.close()
    show(mode + str(buf) + ' closed write', lambda: f.write(data))
    show(mode + str(buf) + ' closed truncate', lambda: f.truncate())
print(os.path.getsize(P))
with open(P, 'w') as f:
    f.write('abcdef\n')

# io.UnsupportedOperation is both an OSError and a ValueError
with open(P, 'rb') as f:
    try:
        f.write(b'x')
    except OSError as e:
        print(isinstance(e, ValueError), isinstance(e, io.UnsupportedOperation), e.errno)

# text seeks (the native UTF-8 file and the codec layer for latin-1)
for enc in ('utf-8', 'latin-1'):
    for mode in ('r', 'r+', 'a+'):
        f = open(P, mode, encoding=enc)
        for a in ((1, 1), (0, 1), (0, 2), (-1, 2), (3, 0), (-2, 0), (0, 0)):
            show('%s %s seek%r' % (enc, mode, a), lambda: f.seek(*a))
        f.close()
    with open(P, 'r+', encoding=enc) as f:
        # (after a read, CPython cuts where its read-ahead ended: not compared)
        print(enc, f.truncate(5), f.tell(), f.truncate(), f.seek(3), f.truncate(None), f.read())
    with open(P, 'rb') as f:
        print(f.read())
    with open(P, 'w') as f:
        f.write('abcdef\n')

os.remove(P)
os.rmdir(D)
