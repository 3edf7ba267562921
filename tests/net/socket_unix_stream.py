# AF_UNIX stream sockets with a path address (str).
import socket

try:
    import os
except ImportError:
    print("SKIP")
    raise SystemExit

path = "socket_unix_stream.tmp-test"
try:
    os.unlink(path)
except OSError:
    pass
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(path)
srv.listen(1)
print(srv.getsockname())
c = socket.socket(socket.AF_UNIX)
c.settimeout(5)
c.connect(path)
a, addr = srv.accept()
print(repr(addr), repr(c.getsockname()), c.getpeername())
c.sendall(b"over a unix socket")
print(a.recv(100))
a.sendall(b"reply")
print(c.recv(100))
for x in (a, c, srv):
    x.close()
os.unlink(path)
# connecting to a path nobody listens on
c = socket.socket(socket.AF_UNIX)
try:
    c.connect(path)
except OSError as e:
    print(type(e).__name__)
c.close()
