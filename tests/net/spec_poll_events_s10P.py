# spec/socket.md "select" and issue 3 (3), the parts CPython shares: the
# events a peer close (TCP FIN: readable EOF, no POLLHUP: the kernel's
# answer), a TCP reset and an AF_UNIX peer close give, POLLERR/POLLHUP
# reported with an empty mask, and select.select with lists, tuples, fds,
# fileno() objects, a timeout, its argument errors. Polls by fd so that
# CPython's poll() (fds back) prints the same.
import socket, select, struct, time
srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen()
def pair():
    c = socket.socket(); c.connect(srv.getsockname()); return c, srv.accept()[0]
def names(e):
    return [n for n in ("POLLIN", "POLLOUT", "POLLERR", "POLLHUP") if e & getattr(select, n)]
c, s = pair(); s.close(); time.sleep(0.05)
p = select.poll(); p.register(c, select.POLLIN); print("tcp peer close", [names(e) for o, e in p.poll(500)])
p.register(c, 0); print("tcp peer close mask0", [names(e) for o, e in p.poll(100)])
c.close()
c, s = pair(); s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)); s.close(); time.sleep(0.05)
p = select.poll(); p.register(c, select.POLLIN); print("tcp reset", [names(e) for o, e in p.poll(500)])
p.register(c, 0); print("tcp reset mask0", [names(e) for o, e in p.poll(100)])
c.close()
a, b = socket.socketpair(); b.close()
p = select.poll(); p.register(a, 0); print("unix peer close mask0", [names(e) for o, e in p.poll(100)])
a.close(); srv.close()
import errno
def t(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, "->", r)
    except Exception as e:
        print(label, "!", type(e).__name__)
class F:
    def __init__(s, fd): s.fd = fd
    def fileno(s): return s.fd
# select.select
a, b = socket.socketpair()
print("select w", select.select([a], [a], [], 0) == ([], [a], []))
b.send(b"z")
r, w, x = select.select([a, b], [], [], 1)
print("select r", r == [a])
print("select empty", select.select([], [], [], 0.01))
print("select ints", select.select([a.fileno()], [], [], 0)[0] == [a.fileno()])
print("select fileno obj", select.select([F(a.fileno())], [], [], 0)[0][0].fd == a.fileno())
t("select neg", select.select, [a], [], [], -1)
t("select bad", select.select, [object()], [], [])
t("select str timeout", select.select, [], [], [], "x")
t("select 2 args", select.select, [], [])
print("select tuple", select.select((a,), (), (), 0)[0] == [a])
a.close(); b.close()
