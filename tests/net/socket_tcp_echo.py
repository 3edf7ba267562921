# TCP over loopback: connect, accept, send/recv both ways, EOF on close.
import socket

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(1)
c = socket.socket()
c.settimeout(5)
c.connect(srv.getsockname())
a, addr = srv.accept()
a.settimeout(5)
print(addr[0], addr[1] == c.getsockname()[1])
print(a.getpeername() == c.getsockname(), c.getpeername() == srv.getsockname())

print(c.send(b"hello"))
print(a.recv(100))
a.sendall(b"world" * 3)
got = b""
while len(got) < 15:
    got += c.recv(100)
print(got)

c.close()
print(a.recv(100))
a.close()
srv.close()
