# Non-blocking connect: EINPROGRESS (or at once), then poll says writable
# and SO_ERROR is 0.
import errno
import select
import socket

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
c = socket.socket()
c.setblocking(False)
try:
    c.connect(srv.getsockname())
    print("connected at once")
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])
p = select.poll()
p.register(c, select.POLLOUT)
res = p.poll(5000)
print(len(res), res[0][1] & select.POLLOUT != 0)
print(c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
a, _ = srv.accept()
c.send(b"hi")
a.settimeout(5)
print(a.recv(10))
a.close()
c.close()
srv.close()
