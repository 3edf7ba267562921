# sendfile() sends nothing from a file that fstat() sizes at 0 (an empty file, a
# pipe, a socket), as CPython on Linux; regular files and BytesIO are read to
# the end. (Reading the socket whose peer is this one never ended: fuzzer.)
# The pipe and socket cases are Linux-only: macOS's fstat() sizes a pipe or
# a socket by the bytes waiting in it, so both would read from it (CPython
# too: it blocks on the open pipe until EOF).
import socket, os, io, sys, tempfile
LINUX = sys.platform == 'linux'
a, b = socket.socketpair()
a.settimeout(2); b.settimeout(2)
d = tempfile.mkdtemp()
p = os.path.join(d, 'f.bin')
with open(p, 'wb') as f:
    f.write(b'0123456789' * 1000)
with open(p, 'rb') as f:
    print(a.sendfile(f), f.tell())
print(len(b.recv(20000)))
with open(p, 'rb') as f:
    print(a.sendfile(f, 5, 10), f.tell())
print(b.recv(100))
print(a.sendfile(io.BytesIO(b'hello')))
print(b.recv(100))
open(os.path.join(d, 'e.bin'), 'wb').close()
with open(os.path.join(d, 'e.bin'), 'rb') as f:
    print(a.sendfile(f))
if LINUX:
    r, w = os.pipe()
    os.write(w, b'pipe data')
    with open(r, 'rb') as f:
        print(a.sendfile(f))
    os.close(w)
    print(a.sendfile(b))
os.remove(p); os.remove(os.path.join(d, 'e.bin')); os.rmdir(d)
a.close()
b.close()
if LINUX:
    a, b = socket.socketpair()
    a.settimeout(0.2)
    b.settimeout(0.2)
    a.sendmsg([b"x" * 70000])
    print(a.sendfile(b))
    a.close()
    b.close()
