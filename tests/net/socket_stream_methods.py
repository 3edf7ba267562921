# MicroPython's stream methods on the socket itself: read(n) with no short
# reads, read() to EOF, readinto(buf[, n]), readline(), write() with no
# short writes. (MicroPython-only API: CPython sockets have no read/write,
# hence the .exp file.)
import socket

a, b = socket.socketpair()
b.settimeout(5)
print(a.write(b"first line\nsecond"))
print(b.readline())
print(b.read(3))
buf = bytearray(8)
print(b.readinto(buf, 3), buf)
# (5,000 bytes: within the 8 KiB that a macOS socket pair buffers)
a.write(b"0123456789" * 500)
data = b.read(5000)
print(len(data), data[:10], data[-10:])
a.write(b"tail")
a.close()
print(b.read())
print(b.read(5), b.readline())
b.close()
