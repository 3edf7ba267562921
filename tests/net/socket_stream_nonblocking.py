# Stream methods on a non-blocking socket: None when nothing is there,
# else what there is (MicroPython-only API: .exp file).
import socket

a, b = socket.socketpair()
b.setblocking(False)
print(b.read(10))
print(b.read())
print(b.readinto(bytearray(4)))
print(b.readline())
a.write(b"some")
print(b.read(10))
a.write(b"part")
print(b.readline())
# a non-blocking write: a count, or None when the buffer is full
a.setblocking(False)
n = a.write(b"x" * 10)
print(n)
while n is not None:
    n = a.write(b"x" * 100000)
print(n)
a.close()
b.close()
