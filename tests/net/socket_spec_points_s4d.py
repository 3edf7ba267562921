# Points of spec/socket.md where MicroPython and CPython differ, checked
# against the spec (hence the .exp file): no socket.error/gaierror, OSError
# with negative EAI codes, IPPROTO_SEC refused without TLS, read()/write()
# on non-blocking sockets returning None, makefile() returning the socket,
# poll() returning registered objects, ipoll one-shot, the u* aliases.
import errno
import select
import socket

print("error" in dir(socket), hasattr(socket, "error"), hasattr(socket, "gaierror"))
try:
    socket.getaddrinfo("no-such-host.invalid", 80)
except OSError as e:
    print("gai", type(e).__name__, e.args[0] < 0, e.errno == e.args[0], isinstance(e.args[1], str))
try:
    socket.getaddrinfo("localhost", "no-such-service-xyz", 0, socket.SOCK_STREAM)
except OSError as e:
    print("gai service", e.args[0] < 0)
print("IPPROTO_SEC", socket.IPPROTO_SEC)
try:
    import ssl
    print("ssl present")
except ImportError:
    try:
        socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_SEC)
        print("plain socket?!")
    except OSError as e:
        print("IPPROTO_SEC refused", e.errno == errno.EPROTONOSUPPORT)

a, b = socket.socketpair()
a.setblocking(False)
print("read none", a.read(), a.read(5), a.readinto(bytearray(3)), a.readline())
b.send(b"abc")
select.select([a], [], [], 2)
print("read some", a.read(10))
b.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
a.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
n = 0
while True:
    r = a.write(b"w" * 10000)
    if r is None:
        break
    n += r
print("write until None", n > 0, a.write(b"x"))
try:
    a.sendall(b"x" * 100)
except OSError as e:
    print("sendall EAGAIN", e.errno == errno.EAGAIN)
a.close()
b.close()

# blocking read: no short reads
a, b = socket.socketpair()
b.send(b"12")
b.send(b"345")
b.shutdown(socket.SHUT_WR)
print("read(4)", a.read(4), "read()", a.read())
b.close()
a.close()

# timeout is an OSError with errno ETIMEDOUT
a, b = socket.socketpair()
a.settimeout(0.05)
try:
    a.recv(1)
except OSError as e:
    print("timeout errno", e.errno == errno.ETIMEDOUT, e.args[0] == errno.ETIMEDOUT)
print("makefile is socket", a.makefile("rwb") is a)
for bad in (-1, -0.5):
    try:
        a.settimeout(bad)
    except ValueError:
        print("negative timeout ValueError")
a.makefile("rb").close()
try:
    a.recv(1)
except OSError as e:
    print("makefile close closed socket", e.errno == errno.EBADF)
a.close()
a.close()

# poll returns the registered objects; ipoll one-shot leaves mask 0
p = select.poll()
b.close()
a, b = socket.socketpair()
p.register(a)
res = p.poll(0)
print("poll obj", res[0][0] is a, res[0][1] == select.POLLOUT)
b.send(b"q")
for obj, ev in p.ipoll(1000, 1):
    print("ipoll", obj is a, ev & select.POLLIN != 0)
print("after one-shot", p.poll(0))
p.modify(a, select.POLLIN)
print("re-armed", len(p.poll(0)))
p.unregister(a)
print("sleep with nothing", p.poll(20))

# a Python object with ioctl is pollable
class Ready:
    def ioctl(self, req, arg):
        if req == 3:  # MP_STREAM_POLL
            return arg & select.POLLIN
        return -1
p = select.poll()
r = Ready()
p.register(r, select.POLLIN)
print("ioctl object", p.poll(0)[0][0] is r)
a.close()
b.close()

import usocket, uselect, uerrno
print("aliases", usocket is socket, uselect is select, uerrno is errno)
print("str send", end=" ")
a, b = socket.socketpair()
a.send("é")
a.sendall("x")
a.write("yz")
print(b.recv(10))
# a raw sockaddr as bytes is accepted where a tuple is
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
raw = bytes([2, 0, 0, 0, 127, 0, 0, 1]) + bytes(8)
u.bind(raw)
print("raw bind", u.getsockname()[0])
u.close()
# names in a tuple are not looked up
try:
    socket.socket().connect(("localhost", 80))
except OSError as e:
    print("no dns in tuple", e.args[0] < 0)
t = socket.socket()
r = repr(t)
print("repr", r.startswith("<socket.socket fd="), "family=2" in r, "type=1" in r)
t.close()
print("repr closed", repr(t).startswith("<socket.socket [closed] fd=-1"))
