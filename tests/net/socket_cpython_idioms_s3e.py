# Idioms from CPython's own socket tests, on one process over loopback:
# repr() with laddr/raddr and [closed], the -1 defaults of socket(),
# settimeout(0.0) against setblocking(False), getblocking(), the socket's
# family/type/proto, SO_TYPE/SO_REUSEADDR/SO_ACCEPTCONN, SOMAXCONN, the
# OSError subclasses picked by errno, sendall() on a non-blocking socket,
# and `with` closing the socket.
import errno
import re
import socket


def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = "%s %s" % (type(e).__name__, errno.errorcode.get(getattr(e, "errno", None)))
    print(label, r)


def shape(r):
    # A repr without the numbers that change from run to run.
    return re.sub(r", [1-9]\d*\)", ", PORT)", re.sub(r"fd=\d+", "fd=N", r))


print(socket.SOMAXCONN > 0, socket.timeout is TimeoutError)
s = socket.socket(-1, -1, -1)
print(s.family == socket.AF_INET, s.type == socket.SOCK_STREAM, s.proto)
print(shape(repr(s)))
show("socket(None)", lambda: socket.socket(None))
show("socket('x')", lambda: socket.socket("x"))

# Timeouts: None, 0.0 and a number; setblocking is settimeout(None / 0.0).
print(s.gettimeout(), s.getblocking())
s.settimeout(0.0)
print(s.gettimeout(), s.getblocking())
s.setblocking(True)
print(s.gettimeout(), s.getblocking())
s.setblocking(False)
print(s.gettimeout(), s.getblocking())
s.settimeout(2.5)
print(s.gettimeout(), s.getblocking())
s.settimeout(None)
show("settimeout(-1)", lambda: s.settimeout(-1))

# Options.
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
s.bind(("127.0.0.1", 0))
s.listen()
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
print(shape(repr(s)))
port = s.getsockname()[1]

with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as c:
    c.connect(("127.0.0.1", port))
    a, addr = s.accept()
    print(addr[0], a.gettimeout(), a.family == s.family, a.type == s.type)
    print(shape(repr(a)))
    print(str(a) == repr(a))
    # Non-blocking: nothing there is BlockingIOError(EAGAIN); so is a
    # sendall() that cannot finish.
    a.setblocking(False)
    show("recv", lambda: a.recv(10))
    show("sendall", lambda: a.sendall(b"x" * 50000000))
    c.settimeout(5)
    print(len(c.recv(10)) > 0)
    a.close()
    show("closed recv", lambda: a.recv(1))
    print(shape(repr(a)))
    print(c.recv(0))
print(c.fileno(), shape(repr(c)))
show("closed fileno", c.fileno)
show("close again", c.close)
s.close()
show("refused", lambda: socket.create_connection(("127.0.0.1", port), timeout=5))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(u.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_DGRAM, u.type == socket.SOCK_DGRAM)
print(shape(repr(u)))
u.close()
