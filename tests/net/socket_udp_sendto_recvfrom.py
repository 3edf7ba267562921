# UDP: sendto() a datagram, recvfrom() gets it with the sender's address.
import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 0))
b.bind(("127.0.0.1", 0))
b.settimeout(5)
print(a.sendto(b"ping", b.getsockname()))
data, addr = b.recvfrom(100)
print(data, addr == a.getsockname())
print(b.sendto(b"pong", 0, addr))
a.settimeout(5)
data, addr = a.recvfrom(100)
print(data, addr == b.getsockname())
# datagram boundaries are kept; a short buffer truncates
a.sendto(b"1234567890", b.getsockname())
a.sendto(b"abc", b.getsockname())
print(b.recvfrom(4)[0])
print(b.recv(100))
# an empty datagram
a.sendto(b"", b.getsockname())
print(b.recvfrom(10)[0])
a.close()
b.close()
