# Connecting again on the same socket after a refused connect tries again
# (as CPython's blocking connect), so a "retry until the server is up" loop
# sees ECONNREFUSED each time and then succeeds.
import errno
import socket

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
addr = srv.getsockname()
c = socket.socket()
for i in range(3):
    print(errno.errorcode.get(c.connect_ex(addr)))
try:
    c.connect(addr)
except OSError as e:
    print("connect", errno.errorcode.get(e.errno))
srv.listen()
print(c.connect_ex(addr))
a, peer = srv.accept()
print(peer == c.getsockname())
c.sendall(b"up")
print(a.recv(2))
for s in (a, c, srv):
    s.close()
