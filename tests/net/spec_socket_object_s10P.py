# spec/socket.md "The socket object", the parts CPython shares: constructor
# defaults and repr contents, close() twice, EBADF for every method after
# close, bind twice, listen backlog forms, accept shape and the accepted
# socket's timeout, send/recv/MSG_PEEK/MSG_DONTWAIT, sendall, recv sizes,
# EOF, shutdown, non-blocking connect (EINPROGRESS, then SO_ERROR / the error
# on the next call), ECONNREFUSED, EADDRINUSE, UDP sendto/recvfrom,
# setsockopt/getsockopt with ints, bools and bytes, settimeout/gettimeout/
# setblocking values and errors, the context manager, the finaliser.
# (str payloads and poll() returning objects are MicroPython-only: see
# spec_stream_s10P.py and spec_select_s10P.py.)
import socket, errno, select, gc, os, time
def t(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, "->", r)
    except Exception as e:
        print(label, "!", type(e).__name__, errno.errorcode.get(e.args[0], e.args[0]) if e.args and isinstance(e.args[0], int) else "")
# constructor defaults
s = socket.socket()
print("default", s.family == socket.AF_INET, s.type == socket.SOCK_STREAM, s.proto, s.gettimeout())
r = repr(s); print("repr", "fd=%d" % s.fileno() in r, "family=" in r, "type=" in r)
s.close()
print("closed fileno", s.fileno())
r = repr(s); print("repr closed", "[closed]" in r)
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP); print("tcp proto", s.proto); s.close()
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); print("dgram", s.type == socket.SOCK_DGRAM, s.proto); s.close()
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP); print("udp proto", s.proto); s.close()
t("kw af", lambda: socket.socket(family=socket.AF_INET).close())
t("bad family", socket.socket, 12345)
t("bad type", socket.socket, socket.AF_INET, 12345)
t("tcp+dgram", socket.socket, socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_TCP)
# close idempotent and EBADF
s = socket.socket()
s.close(); s.close(); print("close twice ok")
for name, args in [("bind", (("127.0.0.1", 0),)), ("listen", ()), ("accept", ()), ("connect", (("127.0.0.1", 1),)),
                   ("send", (b"x",)), ("sendall", (b"x",)), ("recv", (1,)), ("sendto", (b"x", ("127.0.0.1", 1))),
                   ("recvfrom", (1,)), ("setsockopt", (socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)),
                   ("getsockopt", (socket.SOL_SOCKET, socket.SO_REUSEADDR)), ("shutdown", (socket.SHUT_RDWR,)),
                   ("getsockname", ()), ("getpeername", ()), ("recv_into", (bytearray(1),)),
                   ("settimeout", (1,)), ("setblocking", (True,)), ("gettimeout", ())]:
    t("closed " + name, getattr(s, name), *args)
# bind twice
s = socket.socket(); s.bind(("127.0.0.1", 0)); t("bind twice", s.bind, ("127.0.0.1", 0)); s.close()
# listen forms
for bl in [(), (0,), (-1,), (-100,), (5,), (2**31 - 1,)]:
    s = socket.socket(); s.bind(("127.0.0.1", 0)); t("listen%r" % (bl,), s.listen, *bl); s.close()
s = socket.socket(); s.bind(("127.0.0.1", 0)); t("listen float", s.listen, 1.5); t("listen str", s.listen, "1"); t("listen 2 args", s.listen, 1, 2); s.close()
# accept/connect
srv = socket.socket(); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0)); srv.listen(); port = srv.getsockname()[1]
c = socket.socket(); print("connect ->", c.connect(("127.0.0.1", port)))
a = srv.accept()
print("accept", type(a).__name__, len(a), type(a[0]) is socket.socket, a[1][0], a[1][1] == c.getsockname()[1])
conn = a[0]
print("accepted timeout", conn.gettimeout(), conn.family == socket.AF_INET, conn.type == socket.SOCK_STREAM)
print("peer", conn.getpeername() == c.getsockname(), c.getpeername() == ("127.0.0.1", port))
# send/recv
print("send", c.send(b"hello"))
print("recv", conn.recv(100))
c.send(b"abc"); select.select([conn], [], [], 2)
print("peek", conn.recv(10, socket.MSG_PEEK), conn.recv(10))
print("dontwait", end=" "); t("", conn.recv, 10, socket.MSG_DONTWAIT)
t("sendall", c.sendall, b"z" * 100000)
got = b""
while len(got) < 100000:
    got += conn.recv(65536)
print("sendall got", len(got))
t("recv 0", conn.recv, 0)
t("recv -1", conn.recv, -1)
t("recv float", conn.recv, 1.0)
t("recv big", conn.recv, 2**40)
t("sendall ba", c.sendall, bytearray(b"12"))
t("send mv", c.send, memoryview(b"345"))
got = b""
while len(got) < 5:
    got += conn.recv(10)
print(got)
# EOF
c.shutdown(socket.SHUT_WR)
print("eof", conn.recv(10), conn.recv(10))
t("shutdown bad", c.shutdown, 7)
t("shutdown str", c.shutdown, "x")
c.close(); conn.close()
# nonblocking connect
c = socket.socket(); c.setblocking(False)
t("nb connect", c.connect, ("127.0.0.1", port))
p = select.poll(); p.register(c, select.POLLOUT)
print("nb writable", [e & select.POLLOUT != 0 for o, e in p.poll(2000)])
t("connect again", c.connect, ("127.0.0.1", port))
conn, _ = srv.accept(); conn.close(); c.close()
# refused
q = socket.socket(); q.bind(("127.0.0.1", 0)); rport = q.getsockname()[1]; q.close()
c = socket.socket(); t("refused", c.connect, ("127.0.0.1", rport)); c.close()
c = socket.socket(); c.setblocking(False); t("nb refused", c.connect, ("127.0.0.1", rport))
p = select.poll(); p.register(c, select.POLLOUT); ev = p.poll(2000)
print("nb refused poll", ev[0][1] & (select.POLLERR | select.POLLOUT | select.POLLHUP) != 0)
print("so_error", errno.errorcode.get(c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)))
c.close()
c = socket.socket(); c.setblocking(False); t("nb refused2", c.connect, ("127.0.0.1", rport))
select.select([], [c], [], 2)
t("next call", c.recv, 1)
c.close()
# in use
s2 = socket.socket(); t("inuse", s2.bind, ("127.0.0.1", port)); s2.close()
srv.close()
# UDP
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u1.bind(("127.0.0.1", 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print("sendto", u2.sendto(b"dgram", u1.getsockname()))
d, addr = u1.recvfrom(100)
print("recvfrom", d, type(addr).__name__, addr == u2.getsockname())
t("sendto flags", u2.sendto, b"f", 0, u1.getsockname()); print(u1.recvfrom(100)[0])
u2.sendto(b"abcdef", u1.getsockname()); print("recvfrom short", u1.recvfrom(3)[0])
u1.close(); u2.close()
# sockopts
s = socket.socket()
print("reuse", s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1), s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
print("bool", s.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, True), s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) != 0)
import struct
print("bytes", s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)))
print("buflen", struct.unpack("ii", s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))
print("nodelay", s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1), s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
t("opt bytearray", s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, bytearray(struct.pack("i", 1)))
t("opt short buf", s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, b"\1")
t("opt str", s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, "1")
t("opt None", s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, None)
t("opt float", s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, 1.0)
t("opt bad", s.setsockopt, socket.SOL_SOCKET, 9999, 1)
t("getopt bad", s.getsockopt, socket.SOL_SOCKET, 9999)
t("getopt buflen 0", s.getsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, 0)
t("getopt buflen -1", s.getsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, -1)
t("getopt buflen 2000", s.getsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, 2000)
# timeouts
for v in [None, 0, 0.0, 1, 2.5, True]:
    s.settimeout(v); print("settimeout", v, s.gettimeout())
t("neg timeout", s.settimeout, -1)
t("neg timeout f", s.settimeout, -0.5)
t("str timeout", s.settimeout, "1")
t("nan timeout", s.settimeout, float("nan"))
t("inf timeout", s.settimeout, float("inf"))
s.setblocking(True); print("sb True", s.gettimeout())
s.setblocking(False); print("sb False", s.gettimeout())
s.setblocking(1); print("sb 1", s.gettimeout())
s.setblocking(0); print("sb 0", s.gettimeout())
t("sb None", s.setblocking, None)
s.close()
# with
with socket.socket() as w:
    fd = w.fileno(); print("in with", fd >= 0)
print("after with", w.fileno())
with socket.socket() as w:
    t("exit", w.__exit__, None, None, None)
    t("exit 0", w.__exit__)
print(w.fileno())
# finaliser
def nfds():
    try:
        return len(os.listdir("/proc/self/fd"))
    except OSError:
        return 0  # no /proc (macOS): the check below then holds trivially
before = nfds()
for i in range(50):
    socket.socket()
gc.collect(); gc.collect()
print("leak", nfds() - before <= 2)
