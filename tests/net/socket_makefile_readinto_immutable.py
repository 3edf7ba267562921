# readinto() needs a writable buffer.
import socket

a, b = socket.socketpair()
f = b.makefile("rb")
a.send(b"abc")
for buf in (b"immutable", "text"):
    try:
        f.readinto(buf)
    except TypeError:
        print("TypeError")
print(f.read(3))
a.close()
b.close()
