# open() refuses unbuffered text and a bad newline only once the file is
# open, as CPython: 'w' has truncated the file and 'x' created it. A
# descriptor of a directory is IsADirectoryError (the fd stays open), and the
# '+' modes refuse a pipe (CPython's BufferedRandom needs to seek).
# (Found by tools/fuzz/diffio.py.)
import os
import tempfile

D = tempfile.mkdtemp()
P = os.path.join(D, 'f')


def show(label, fn):
    try:
        r = fn()
        if hasattr(r, 'close'):
            r.close()
            r = 'open'
    except Exception as e:
        r = type(e).__name__
    print(label, r, os.path.exists(P) and os.path.getsize(P))


with open(P, 'w') as f:
    f.write('abc')
for mode in ('w', 'r', 'a+', 'x'):
    show(mode + ' buffering=0', lambda: open(P, mode, 0))
os.remove(P)
show('x buffering=0', lambda: open(P, 'x', 0))
os.remove(P)
for mode in ('w', 'r', 'a'):
    show(mode + " newline='x'", lambda: open(P, mode, newline='x'))
os.remove(P)
show("r newline='x' missing", lambda: open(P, 'r', newline='x'))
show("wb newline=''", lambda: open(P, 'wb', newline=''))

fd = os.open(D, os.O_RDONLY)
for mode in ('r', 'rb'):
    show('dir fd ' + mode, lambda: open(fd, mode))
    print(os.fstat(fd).st_size >= 0)
show('dir fd closefd=False', lambda: open(fd, closefd=False))
os.close(fd)
show('dir name', lambda: open(D))

r, w = os.pipe()
for mode, buf in (('r+', -1), ('rb+', -1), ('w+', -1), ('a+', -1), ('rb+', 0), ('ab', -1), ('wb', -1)):
    show('pipe %s %d' % (mode, buf), lambda: open(w, mode, buf, closefd=False))
with open(w, 'wb', closefd=False) as f:
    f.write(b'ok')
print(os.read(r, 10))
os.close(r)
os.close(w)
os.rmdir(D)
