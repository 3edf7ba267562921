# Wrong argument counts for socket's module functions and select.poll's
# methods, and recv_into/recvfrom_into with named arguments. The messages
# are printed because their wording (CPython's) is what is tested.
import select
import socket


def show(label, f, *args, **kw):
    try:
        print(label, "->", f(*args, **kw))
    except Exception as e:
        print(label, type(e).__name__, e)


# Module functions that CPython's tuple parser checks: "takes exactly N
# argument(s) (M given)".
for name in ("inet_pton", "inet_ntop", "getnameinfo"):
    f = getattr(socket, name)
    show(name + "/0", f)
    show(name + "/1", f, socket.AF_INET)
    show(name + "/3", f, 1, 2, 3)
for name in ("getservbyname", "getservbyport"):
    f = getattr(socket, name)
    show(name + "/0", f)
    show(name + "/3", f, 1, 2, 3)
for name in ("gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getprotobyname", "inet_aton", "inet_ntoa"):
    f = getattr(socket, name)
    show(name + "/0", f)
    show(name + "/2", f, "127.0.0.1", 1)
# Right counts still work.
show("pton", socket.inet_pton, socket.AF_INET, "10.1.2.3")
show("ntop", socket.inet_ntop, socket.AF_INET6, bytes(15) + b"\x01")
show("gni", socket.getnameinfo, ("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV)
show("ghbn", socket.gethostbyname, "127.0.0.1")
show("aton", socket.inet_aton, "127.1")
show("ntoa", socket.inet_ntoa, b"\x7f\x00\x00\x02")
show("proto", socket.getprotobyname, "tcp")
show("serv", socket.getservbyname, "http", "tcp")
show("port", socket.getservbyport, 80)
show("ghbn_ex", lambda h: socket.gethostbyname_ex(h)[2], "127.0.0.1")

# select.poll's methods.
r, w = socket.socketpair()
p = select.poll()
show("register/0", p.register)
show("register/3", p.register, r, select.POLLIN, 0)
show("unregister/0", p.unregister)
show("unregister/2", p.unregister, r, 0)
show("modify/0", p.modify)
show("modify/1", p.modify, r)
show("modify/3", p.modify, r, 1, 2)
show("poll/2", p.poll, 0, 0)
# Right counts still work.
show("register", p.register, r, select.POLLIN)
show("modify", p.modify, r, select.POLLIN | select.POLLPRI)
w.send(b"x")
# (poll() gives the registered object here, the fd in CPython: not printed.)
show("poll", lambda: [e for o, e in p.poll(1000)])
show("unregister", p.unregister, r)
show("poll empty", p.poll, 0)
r.recv(1)

# recv_into/recvfrom_into take CPython's names: buffer, nbytes, flags.
for name in ("recv_into", "recvfrom_into"):
    f = getattr(r, name)
    buf = bytearray(6)
    w.send(b"abcdef")
    res = f(buf, nbytes=2, flags=0)
    print(name, "nbytes=2", res if name == "recv_into" else res[0], buf)
    res = f(buffer=buf, flags=socket.MSG_PEEK)
    print(name, "buffer=, PEEK", res if name == "recv_into" else res[0], buf)
    res = f(buf, 1)
    print(name, "positional", res if name == "recv_into" else res[0], buf)
    res = f(nbytes=0, buffer=buf)
    print(name, "all named", res if name == "recv_into" else res[0], buf)
    show(name + "/0", f)
    show(name + "/4", f, buf, 1, 0, 0)
    show(name + " bad kw", f, buf, foo=1)
    show(name + " dup", f, buf, 1, nbytes=1)
    show(name + " flags only", f, flags=0)
    show(name + " neg", f, buf, nbytes=-1)
    show(name + " too big", f, buf, nbytes=7)
    show(name + " bytes", f, b"xx")
r.close()
w.close()

# CPython's getaddrinfo, socket() and makefile are Python functions, worded
# as such; here the message names the function too (it said "function ...").
s = socket.socket()
for label, name, f in (
    ("gai/0", "getaddrinfo", lambda: socket.getaddrinfo()),
    ("gai/1", "getaddrinfo", lambda: socket.getaddrinfo("127.0.0.1")),
    ("gai/7", "getaddrinfo", lambda: socket.getaddrinfo("a", 1, 0, 0, 0, 0, 0)),
    ("gai kw", "getaddrinfo", lambda: socket.getaddrinfo("a", 1, foo=0)),
    ("socket/5", "socket", lambda: socket.socket(2, 1, 0, None, 1)),
    ("socket kw", "socket", lambda: socket.socket(foo=1)),
    ("makefile/6", "makefile", lambda: s.makefile("rb", 0, None, None, None, 1)),
    ("makefile kw", "makefile", lambda: s.makefile(foo=1)),
):
    try:
        f()
        print(label, "no error")
    except TypeError as e:
        print(label, "TypeError", name in str(e))
s.close()
