# makefile(): binary modes with and without buffering, mixing the file and
# the socket, read(n)/read()/readline()/readinto()/iteration/readlines and
# write()+flush(). (Closing the file is left out: in MicroPython it closes
# the socket, in CPython it does not -- see socket_makefile_modes.py.)
import socket

a, b = socket.socketpair()
w = a.makefile("wb")
print("wb write", w.write(b"line one\nline two\n"))
w.flush()
r = b.makefile("rb")
print(r.readline())
print(r.readline(4))
print(r.readline())

wu = a.makefile("wb", 0)
print("unbuffered write", wu.write(b"abcdefgh"))
ru = b.makefile("rb", 0)
buf = bytearray(5)
print("readinto", ru.readinto(buf), buf)
print("read rest", ru.read(3))

rw = a.makefile("rwb", 0)
rw.write(b"back\n")
rw.flush()
print(b.recv(5))
b.sendall(b"x\ny\nz")
b.shutdown(socket.SHUT_WR)
f = a.makefile("rb")
print("lines", list(f))
print("at eof", f.read(), f.readline())

c, d = socket.socketpair()
d.sendall(b"1\n22\n333\n")
d.close()
print("readlines", c.makefile("rb").readlines())
c.close()

e, g = socket.socketpair()
g.sendall(b"0123456789" * 100)
g.close()
f = e.makefile("rb")
print("read(n) sizes", len(f.read(10)), len(f.read(500)), len(f.read()), f.read(5))
e.close()

# buffering arguments that binary modes accept
h, k = socket.socketpair()
for buffering in (None, -1, 0, 1024):
    f = h.makefile("rb", buffering)
    print("buffering", buffering, "ok")
for buffering in (None, 0, 4096):
    f = h.makefile(mode="wb", buffering=buffering)
    f.write(b"w")
    f.flush()
print("received", k.recv(10))
# sending through the socket while a file is open on it
h.send(b"direct\n")
print(k.makefile("rb").readline())
h.close()
k.close()
a.close()
b.close()
