# Writing to a peer that has gone: OSError (EPIPE or ECONNRESET), never a
# SIGPIPE that kills the process.
import errno
import socket

a, b = socket.socketpair()
b.close()
for i in range(3):
    try:
        a.send(b"x" * 1000)
        print("sent")
    except OSError as e:
        print(type(e).__name__, errno.errorcode[e.errno])
try:
    a.sendall(b"y" * 100000)
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])
a.close()

# TCP: the peer closes; the first write may still be accepted, later ones fail.
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
c = socket.socket()
c.settimeout(5)
c.connect(srv.getsockname())
p, _ = srv.accept()
p.close()
failed = None
for i in range(50):
    try:
        c.send(b"z" * 1000)
    except OSError as e:
        failed = errno.errorcode[e.errno]
        break
# (macOS may report EPROTOTYPE while the connection is being torn down)
print(failed in ("EPIPE", "ECONNRESET", "EPROTOTYPE"))
c.close()
srv.close()
print("still alive")
