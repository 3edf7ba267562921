# select.select() and poll object argument errors, compared with CPython:
# closed and negative fds, objects with fileno(), list types, duplicates,
# timeouts of the wrong type or too large, event masks out of range.
import select, socket, os, errno
def err(label, f):
    try:
        print(label, "->", f())
    except OSError as e:
        print(label, "OSError", errno.errorcode.get(e.errno, e.errno))
    except Exception as e:
        print(label, type(e).__name__)
class F:
    def __init__(self, fd): self.fd = fd
    def fileno(self): return self.fd
r, w = os.pipe()
os.close(w)
err("closed fd", lambda: select.select([w], [], [], 0))
err("neg fd", lambda: select.select([-1], [], [], 0))
err("obj fileno", lambda: select.select([F(r)], [], [], 0)[0][0].fd == r)
err("bad fileno ret", lambda: select.select([F("x")], [], [], 0))
err("no fileno", lambda: select.select([object()], [], [], 0))
err("tuple lists", lambda: select.select((r,), (), (), 0))
err("set list", lambda: select.select({r}, set(), set(), 0)[0])
err("generator", lambda: select.select(iter([r]), [], [], 0))
err("timeout str", lambda: select.select([], [], [], "1"))
err("timeout None+ready", lambda: select.select([r], [], [], None)[0])
err("dup entries", lambda: select.select([r, r], [], [], 0)[0])
err("too many args", lambda: select.select([], [], [], 0, 1))
err("too few", lambda: select.select([], []))
a, b = socket.socketpair()
a.close()
err("closed socket", lambda: select.select([a], [], [], 0))
p2 = select.poll()
p2.register(w)
err("poll closed fd", lambda: [bin(e) for fd, e in p2.poll(0)])
err("poll mask big", lambda: select.poll().register(r, 1 << 20))
err("poll mask neg", lambda: select.poll().register(r, -1))
err("poll timeout str", lambda: select.poll().poll("1"))
err("poll mask max", lambda: select.poll().register(r, 0xffff))
err("modify mask big", lambda: select.poll().modify(r, 0x10000))
err("poll timeout big", lambda: select.poll().poll(2**31))
err("poll timeout float big", lambda: select.poll().poll(3e9))
err("poll timeout float", lambda: select.poll().poll(0.5))
err("poll timeout very negative", lambda: select.poll().poll(-2**40))
err("poll timeout inf", lambda: select.poll().poll(float("inf")))
err("poll timeout nan", lambda: select.poll().poll(float("nan")))
r2, w2 = os.pipe()
for t in (1e10, 2**40, float("inf"), float("nan"), -0.0, 1e9, 0.001):
    err("select timeout " + str(t), lambda: select.select([], [w2], [], t)[1] == [w2])
os.close(r2)
os.close(w2)

os.close(r)
b.close()
