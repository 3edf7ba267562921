# shutdown(SHUT_WR): the peer reads EOF but can still send back.
import socket

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
c = socket.socket()
c.settimeout(5)
c.connect(srv.getsockname())
a, _ = srv.accept()
a.settimeout(5)
c.sendall(b"request")
c.shutdown(socket.SHUT_WR)
got = b""
while True:
    chunk = a.recv(3)
    if not chunk:
        break
    got += chunk
print(got)
a.sendall(b"reply")
a.shutdown(socket.SHUT_RDWR)
print(c.recv(100), c.recv(100))
a.close()
c.close()
srv.close()
