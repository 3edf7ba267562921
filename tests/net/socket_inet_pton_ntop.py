# inet_pton()/inet_ntop() for IPv4 and IPv6.
import socket

for af, txt in (
    (socket.AF_INET, "1.2.3.4"),
    (socket.AF_INET, "127.0.0.1"),
    (socket.AF_INET, "255.255.255.255"),
    (socket.AF_INET6, "::1"),
    (socket.AF_INET6, "2001:db8::1"),
    (socket.AF_INET6, "::ffff:1.2.3.4"),
    (socket.AF_INET6, "fe80:0:0:0:0:0:0:1"),
):
    b = socket.inet_pton(af, txt)
    print(txt, b, socket.inet_ntop(af, b))
print(socket.inet_ntop(socket.AF_INET, bytearray(b"\x7f\0\0\1")))
print(socket.inet_ntop(socket.AF_INET6, bytes(16)))
