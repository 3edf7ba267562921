# recv(0) / recv_into of an empty buffer on a blocking stream socket with
# nothing queued returns at once (b'' / 0), as CPython's blocking recv does.
# Regression: ./micropython waited for data forever (its fd is O_NONBLOCK,
# recv(fd, buf, 0) reported EAGAIN, and the wait was for POLLIN).
import socket

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
c = socket.socket()
c.connect(srv.getsockname())
conn, _ = srv.accept()
print(conn.recv(0))
print(conn.recv_into(bytearray(0)))
print(conn.recv(0, socket.MSG_PEEK))
c.sendall(b"data")
print(conn.recv(0), conn.recv(10))

a, b = socket.socketpair()
print(a.recv(0))
b.close()
print(a.recv(0), a.recv(5))
a.close()
# A datagram socket: recv(0) neither waits nor consumes a datagram.
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
print(u.recv(0))
u.sendto(b"dgram", u.getsockname())
print(u.recv(0), u.recv(10))
u.close()
for s in (c, conn, srv):
    s.close()
