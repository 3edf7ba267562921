# TCP over IPv6 loopback.
import socket

srv = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
srv.bind(("::1", 0))
srv.listen(1)
c = socket.socket(socket.AF_INET6)
c.settimeout(5)
c.connect(("::1", srv.getsockname()[1]))
a, addr = srv.accept()
print(addr[0], len(addr))
c.sendall(b"over six")
print(a.recv(100))
a.sendall(b"and back")
print(c.recv(100))
a.close()
c.close()
srv.close()
