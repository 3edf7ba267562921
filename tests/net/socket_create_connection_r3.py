# create_connection(), setdefaulttimeout()/getdefaulttimeout(), dup() and
# fromfd(), SocketType (the spec does not mention them: CPython behaviour).
import errno
import socket

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()
port = srv.getsockname()[1]

c = socket.create_connection(("127.0.0.1", port))
a, _ = srv.accept()
print(c.gettimeout(), c.family == socket.AF_INET, c.type == socket.SOCK_STREAM)
c.sendall(b"hi")
print(a.recv(10))
c.close()
a.close()

# A host name is resolved; the timeout argument is applied.
c = socket.create_connection(("localhost", port), 2.5)
a, _ = srv.accept()
print(c.gettimeout(), a.gettimeout())
c.close()
a.close()

c = socket.create_connection(["127.0.0.1", port], timeout=None, source_address=("127.0.0.1", 0))
a, addr = srv.accept()
print(c.getsockname()[0], addr[0], c.getsockname() == addr)

# dup(): a second socket object on a duplicate fd, same timeout.
c.settimeout(3)
d = c.dup()
print(d.fileno() != c.fileno(), d.gettimeout(), d.family == c.family, d.type == c.type)
c.close()
d.sendall(b"dup")
print(a.recv(10))
d.close()
a.close()

# The default timeout applies to every new socket, accepted ones included.
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(1.5)
s = socket.socket()
print(s.gettimeout(), socket.getdefaulttimeout())
c = socket.create_connection(("127.0.0.1", port))
a, _ = srv.accept()
print(c.gettimeout(), a.gettimeout())
f = socket.fromfd(a.fileno(), socket.AF_INET, socket.SOCK_STREAM)
print(f.gettimeout(), f.fileno() != a.fileno())
x, y = socket.socketpair()
print(x.gettimeout(), y.gettimeout())
socket.setdefaulttimeout(0)
print(socket.socket().gettimeout(), socket.getdefaulttimeout())
socket.setdefaulttimeout(None)
print(socket.getdefaulttimeout(), socket.socket().gettimeout())
for bad in (-1, "x"):
    try:
        socket.setdefaulttimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(socket.getdefaulttimeout())
for o in (c, a, f, s, x, y):
    o.close()

srv.close()
try:
    socket.create_connection(("127.0.0.1", port))
except OSError as e:
    print("refused", e.errno == errno.ECONNREFUSED)
for bad in [("127.0.0.1",), "127.0.0.1", 5]:
    try:
        socket.create_connection(bad)
    except (TypeError, ValueError) as e:
        print("bad address", type(e).__name__)
try:
    socket.create_connection(("127.0.0.1", port), -1)
except ValueError as e:
    print("bad timeout", e)

# Module-level dup(fd)/close(fd) work on plain fd numbers.
x, y = socket.socketpair()
fd = socket.dup(x.fileno())
print(fd != x.fileno())
socket.close(fd)
try:
    socket.close(fd)
except OSError as e:
    print("close twice", e.errno == errno.EBADF)
print(isinstance(x, socket.SocketType), socket.SocketType.__name__)
x.close()
y.close()
