# recvfrom_into(buffer[, nbytes[, flags]]) -> (count, address): UDP and TCP
# (CPython's method; the spec does not list it).
import socket

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v.bind(("127.0.0.1", 0))
buf = bytearray(8)
v.sendto(b"hello", u.getsockname())
n, addr = u.recvfrom_into(buf)
print(n, buf, addr == v.getsockname())
v.sendto(b"abcdefgh", u.getsockname())
n, addr = u.recvfrom_into(buf, 3)
print(n, buf, addr == v.getsockname())
v.sendto(b"peek", u.getsockname())
mv = memoryview(buf)
print(u.recvfrom_into(mv[4:], 0, socket.MSG_PEEK)[0], buf)
print(u.recvfrom_into(buf)[0], buf)
for args in [(bytearray(2), 3), (bytearray(2), -1), (b"immutable",), ("str",)]:
    try:
        u.recvfrom_into(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
u.settimeout(0)
try:
    u.recvfrom_into(buf)
except OSError as e:
    print("EAGAIN", e.errno == 11 or e.errno == 35)
u.close()
v.close()

a, b = socket.socketpair()
b.send(b"xyz")
n, addr = a.recvfrom_into(buf)
print(n, bytes(buf[:n]), type(addr))
a.close()
try:
    a.recvfrom_into(buf)
except OSError as e:
    print("closed", e.errno == 9)
b.close()
