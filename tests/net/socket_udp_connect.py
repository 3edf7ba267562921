# A connected UDP socket: send()/recv() to and from its one peer.
import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 0))
b.bind(("127.0.0.1", 0))
a.connect(b.getsockname())
b.connect(a.getsockname())
a.settimeout(5)
b.settimeout(5)
print(a.getpeername() == b.getsockname())
print(a.send(b"one"), a.send(b"two"))
print(b.recv(10), b.recv(10))
b.send(b"back")
print(a.recvfrom(10)[0])
a.close()
b.close()
