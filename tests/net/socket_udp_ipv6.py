# UDP over IPv6 loopback: addresses are 4-tuples.
import socket

a = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
a.bind(("::1", 0))
b.bind(("::1", 0, 0, 0))
b.settimeout(5)
a.sendto(b"six", b.getsockname())
data, addr = b.recvfrom(10)
print(data, len(addr), addr[0], addr[1] == a.getsockname()[1], addr[2], addr[3])
a.sendto(b"two-tuple", ("::1", b.getsockname()[1]))
print(b.recv(20))
a.close()
b.close()
