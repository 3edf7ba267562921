# sendto() checks its data before its address and flags, as CPython does:
# a bad buffer is a TypeError whatever the address (found by
# tools/fuzz/diffsock.py: a bad port or a too long AF_UNIX path was reported
# first).
import socket


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__)


a, b = socket.socketpair()
show("unix long path", lambda: a.sendto(5, "/tmp/" + "x" * 200))
show("unix none", lambda: a.sendto(None, None))
a.close()
b.close()

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
show("bad port", lambda: u.sendto(None, ("", -1)))
show("bad host", lambda: u.sendto([1], (5, 0)))
show("bad flags", lambda: u.sendto(None, "x", ("127.0.0.1", 9)))
show("flags first", lambda: u.sendto(b"x", "x", ("", -1)))
show("bad address", lambda: u.sendto(b"x", ("", -1)))

u.close()
