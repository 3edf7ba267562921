# AF_UNIX names: str and bytes paths, Linux abstract names (leading NUL),
# unbound and autobound sockets, datagrams with addresses, and errors.
import errno
import os
import socket
import sys

def err(label, f):
    try:
        print(label, "->", f())
    except OSError as e:
        print(label, "OSError", errno.errorcode.get(e.errno, e.errno))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__)

path = "unixnames_s4d.sock"
for p in (path, path + "2"):
    try:
        os.unlink(p)
    except OSError:
        pass

# path as str, peer path as bytes
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(path)
srv.listen(1)
print("sockname", repr(srv.getsockname()))
c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
c.connect(path.encode())
a, addr = srv.accept()
print("accept addr", repr(addr), "client name", repr(c.getsockname()))
print("peer", repr(c.getpeername()), repr(a.getpeername()))
c.sendall(b"ping")
print(a.recv(4))
err("bind again", lambda: socket.socket(socket.AF_UNIX).bind(path))
for x in (a, c, srv):
    x.close()
os.unlink(path)
err("connect missing", lambda: socket.socket(socket.AF_UNIX).connect(path))

if sys.platform == "linux":
    # abstract names: bytes with a NUL first; str too
    name = b"\0unixnames_s4d-" + str(os.getpid()).encode()
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    srv.bind(name)
    srv.listen(1)
    print("abstract", srv.getsockname() == name, type(srv.getsockname()).__name__)
    c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    c.connect(name.decode())
    a, addr = srv.accept()
    print("peer", c.getpeername() == name, repr(addr))
    c.send(b"abs")
    print(a.recv(3))
    for x in (a, c, srv):
        x.close()
    # autobind: an empty name gives a kernel-chosen abstract name
    d = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    d.bind("")
    n = d.getsockname()
    print("autobind", type(n).__name__, n[:1], len(n))
    d.close()
else:
    print("skipping abstract names")

# datagrams between two path names
d1 = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
d2 = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
d1.bind(path)
d2.bind(path + "2")
d2.sendto(b"dgram", path)
data, frm = d1.recvfrom(100)
print(data, repr(frm))
d1.sendto(b"back", frm)
print(d2.recv(100))
# an unbound sender shows as None (Linux) -- compared loosely
d3 = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
d3.sendto(b"anon", path)
data, frm = d1.recvfrom(100)
print(data, frm in (None, "", b""))
for x in (d1, d2, d3):
    x.close()
os.unlink(path)
os.unlink(path + "2")

# errors
u = socket.socket(socket.AF_UNIX)
print("unbound name", repr(u.getsockname()))
err("too long", lambda: u.bind("x" * 200))
err("int addr", lambda: u.bind(5))
err("tuple addr", lambda: u.bind(("a", 1)))
err("getpeername", u.getpeername)
u.close()
