# Socket option round trips: int and bytes values, getsockopt with buflen,
# options of TCP, UDP, IPv6 and AF_UNIX sockets.
import socket
import struct

def show(label, f):
    try:
        print(label, f())
    except OSError as e:
        print(label, "OSError", e.errno)
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__)

t = socket.socket()
for name in ("SO_REUSEADDR", "SO_KEEPALIVE", "SO_OOBINLINE", "SO_REUSEPORT"):
    opt = getattr(socket, name)
    before = t.getsockopt(socket.SOL_SOCKET, opt)
    t.setsockopt(socket.SOL_SOCKET, opt, 1)
    on = t.getsockopt(socket.SOL_SOCKET, opt) != 0
    t.setsockopt(socket.SOL_SOCKET, opt, 0)
    print(name, before, on, t.getsockopt(socket.SOL_SOCKET, opt))
# True/False are ints
t.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
print("nodelay", t.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
t.setsockopt(socket.SOL_TCP, socket.TCP_NODELAY, False)
print("nodelay", t.getsockopt(socket.SOL_TCP, socket.TCP_NODELAY))
# the same option as bytes (a packed int)
t.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, struct.pack("i", 1))
print("keepalive bytes", t.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) != 0)
t.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, bytearray(struct.pack("i", 0)))
print("keepalive bytearray", t.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))
t.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, memoryview(struct.pack("i", 1)))
print("keepalive memoryview", t.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) != 0)
# SO_LINGER: a struct, read back with buflen
t.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 7))
raw = t.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)
print("linger", type(raw).__name__, len(raw), struct.unpack("ii", raw))
t.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 0, 0))
print("linger off", struct.unpack("ii", t.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))
# buffer sizes: the kernel may round (Linux doubles); both grow
t.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 32768)
a = t.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF)
t.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 65536)
b = t.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF)
print("sndbuf grows", a >= 32768, b > a)
# int option read as bytes of its size
raw = t.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 4)
print("type as bytes", struct.unpack("i", raw)[0] == socket.SOCK_STREAM)
print("so_error", t.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
print("acceptconn", t.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
t.bind(("127.0.0.1", 0))
t.listen()
print("acceptconn", t.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
# errors
show("bad level", lambda: t.setsockopt(12345, 1, 1))
show("bad opt", lambda: t.getsockopt(socket.SOL_SOCKET, 12345))
show("str value", lambda: t.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, "1"))
show("float value", lambda: t.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1.0))
show("None value", lambda: t.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, None))
show("neg buflen", lambda: t.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, -1))
show("huge buflen", lambda: t.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 100000))
show("too few", lambda: t.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))
show("too few get", lambda: t.getsockopt(socket.SOL_SOCKET))
t.close()
show("closed set", lambda: t.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1))
show("closed get", lambda: t.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print("udp type", u.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_DGRAM)
u.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
print("broadcast", u.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST) != 0)
u.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 5)
print("mcast ttl", u.getsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL))
u.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 0)
print("mcast loop", u.getsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP))
u.setsockopt(socket.IPPROTO_IP, socket.IP_TTL, 33)
print("ttl", u.getsockopt(socket.IPPROTO_IP, socket.IP_TTL))
mreq = socket.inet_aton("239.1.2.3") + socket.inet_aton("127.0.0.1")
try:
    u.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, mreq)
    u.setsockopt(socket.IPPROTO_IP, socket.IP_DROP_MEMBERSHIP, mreq)
    print("membership ok")
except OSError as e:
    print("membership OSError")  # no multicast route in some sandboxes
show("drop again", lambda: u.setsockopt(socket.IPPROTO_IP, socket.IP_DROP_MEMBERSHIP, mreq))
show("short mreq", lambda: u.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, b"\0\0"))
u.close()

v = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
v.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
print("v6only", v.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
v.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
print("v6only", v.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
v.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_UNICAST_HOPS, 9)
print("hops", v.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_UNICAST_HOPS))
v.close()

x = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
print("unix type", x.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM)
show("unix nodelay", lambda: x.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1))
x.close()
