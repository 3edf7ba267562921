# Module-level functions and closed-socket behaviour, compared with CPython
# (the kind of checks a general socket test battery makes): IPv6 scope ids
# in getaddrinfo/getnameinfo, getaddrinfo keywords and bad text, inet_pton/
# inet_ntop/inet_aton/inet_ntoa forms, sendto argument errors, every method
# on a closed socket, byte-order helpers, resolver helpers, default timeout.
import socket, errno
def err(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        if isinstance(e, UnicodeError):
            print(label, "UnicodeError")
        elif isinstance(e, OverflowError):
            print(label, "OverflowError", e)
        else:
            print(label, type(e).__name__, e.errno if isinstance(e, OSError) else "")
lo = socket.if_nametoindex("lo")
err("scope sym", lambda: socket.getaddrinfo('ff02::1de:c0:face:8D%lo', 1234)[0][4] == ('ff02::1de:c0:face:8d', 1234, 0, lo))
err("scope num", lambda: socket.getaddrinfo('ff02::1de:c0:face:8D%' + str(lo), 1234)[0][4] == ('ff02::1de:c0:face:8d', 1234, 0, lo))
err("nameinfo scope", lambda: socket.getnameinfo(('ff02::1de:c0:face:8D', 1234, 0, lo), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
err("nameinfo v4", lambda: socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
err("gai surrogate", lambda: socket.getaddrinfo('\uD800', 80))
err("gai surrogate port", lambda: socket.getaddrinfo('localhost', '\uD800'))
err("gai unspec", lambda: len(socket.getaddrinfo(None, 0, socket.AF_UNSPEC, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)) > 0)
err("gai http", lambda: socket.getaddrinfo("127.0.0.1", "http")[0][4])
err("gai host None kw", lambda: socket.getaddrinfo(host=None, port=80, family=socket.AF_INET, type=socket.SOCK_STREAM)[0][4])
err("gai port kw only", lambda: socket.getaddrinfo("127.0.0.1", port=80, type=socket.SOCK_STREAM)[0][4])
err("gai 0 flags", lambda: socket.getaddrinfo('localhost', 0, 0, 0, 0, 0)[0][4][1])
for a in ('1.2.3.4.5', '0.0.0.0', 'a.b.c.d', '255.255.255.255', '1.2.3', ' 1.2.3.4', '01.2.3.4', ''):
    err("pton4 " + repr(a), lambda: socket.inet_pton(socket.AF_INET, a))
for a in ('::', '::1', '::ffff:1.2.3.4', '1::2::3', '1:2:3:4:5:6:7:8:9', 'ABCD::', ':', '1:2:3:4:5:6:1.2.3.4', '::1.2.3.4.5'):
    err("pton6 " + repr(a), lambda: socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, a)))
err("aton", lambda: socket.inet_aton("127.1"))
err("aton bad", lambda: socket.inet_aton("x"))
err("ntoa", lambda: socket.inet_ntoa(b"\x7f\0\0\1"))
err("ntoa bad", lambda: socket.inet_ntoa(b"\x7f\0\0"))
s = socket.socket()
err("sendto str addr", lambda: s.sendto(b"x", "bar"))
err("sendto None addr", lambda: s.sendto(b"x", None))
err("sendto 4 args", lambda: s.sendto(b"x", 0, ("127.0.0.1", 9), 5))
s.close()
err("after close fileno", lambda: s.fileno())
err("after close send", lambda: s.send(b"x"))
err("after close getsockname", lambda: s.getsockname())
err("after close settimeout", lambda: s.settimeout(1))
err("after close setblocking", lambda: s.setblocking(True))
err("after close dup", lambda: s.dup())
err("after close listen", lambda: s.listen())
err("after close accept", lambda: s.accept())
err("after close connect", lambda: s.connect(("127.0.0.1", 1)))
err("after close connect_ex", lambda: s.connect_ex(("127.0.0.1", 1)))
err("after close makefile", lambda: s.makefile("rb") and "ok")
err("after close detach", lambda: s.detach())
err("htons big", lambda: socket.htons(70000))
err("htons neg", lambda: socket.htons(-1))
err("htonl", lambda: socket.htonl(1))
err("ntohl big", lambda: socket.ntohl(2**32))
err("gethostname", lambda: type(socket.gethostname()).__name__)
err("gethostbyname", lambda: socket.gethostbyname("127.0.0.1"))
err("gethostbyname localhost", lambda: socket.gethostbyname("localhost"))
err("getservbyname", lambda: socket.getservbyname("http", "tcp"))
err("getservbyport", lambda: socket.getservbyport(80))
err("getprotobyname", lambda: socket.getprotobyname("udp"))
err("defaulttimeout", lambda: socket.getdefaulttimeout())
socket.setdefaulttimeout(3)
err("new sock timeout", lambda: socket.socket().gettimeout())
a, b = socket.socketpair()
err("pair timeout", lambda: a.gettimeout())
socket.setdefaulttimeout(None)
err("sock family attr type", lambda: (socket.socket().family == socket.AF_INET, socket.socket(socket.AF_INET6, socket.SOCK_DGRAM).type == socket.SOCK_DGRAM))
err("close fd arg", lambda: socket.close(-1))
err("fileno kw", lambda: socket.socket(fileno=a.fileno()).family == socket.AF_UNIX)
for f in (socket.htonl, socket.ntohl):
    for v in (0, 1, 0xffff, 0x10000, 2**32 - 1, -1, 2**32, -2**70):
        err(f.__name__ + " " + str(v), lambda: f(v))
for f in (socket.htons, socket.ntohs):
    for v in (0, 1, 0xff00, 0xffff, 0x10000, -1, 2**31 - 1):
        err(f.__name__ + " " + str(v), lambda: f(v))
err("htons float", lambda: socket.htons(1.0))
