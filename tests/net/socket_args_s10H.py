# Argument checks of the socket module's helper functions and methods, as
# CPython: __index__ where CPython takes it, NUL in names (ValueError), C int
# ranges (OverflowError), None where a str is needed (TypeError), the order in
# which arguments are checked, and zero-sized receives.
import os
import socket


class Idx:
    def __index__(self):
        return 80


def t(label, f):
    try:
        r = f()
    except OSError as e:
        # CPython raises socket.gaierror/herror (OSError subclasses); the
        # spec has plain OSError: compare the errno.
        print(label, "OSError", e.errno)
    except Exception as e:
        print(label, type(e).__name__)
    else:
        print(label, repr(r))


# byte order: htons/ntohs take __index__ objects, htonl/ntohl only ints
t("htons idx", lambda: socket.htons(Idx()))
t("ntohs idx", lambda: socket.ntohs(Idx()))
t("htons bool", lambda: socket.htons(True))
t("htonl idx", lambda: socket.htonl(Idx()))
t("ntohl idx", lambda: socket.ntohl(Idx()))
t("htons float", lambda: socket.htons(1.5))
t("htons neg", lambda: socket.htons(-1))
t("htonl big", lambda: socket.htonl(2**32))

# names with NUL, wrong types, None protocols
t("getprotobyname nul", lambda: socket.getprotobyname("a\0b"))
t("getprotobyname bytes", lambda: socket.getprotobyname(b"tcp"))
t("getprotobyname tcp", lambda: socket.getprotobyname("tcp"))
t("getservbyname nul", lambda: socket.getservbyname("a\0b"))
t("getservbyname proto nul", lambda: socket.getservbyname("http", "a\0b"))
t("getservbyname proto None", lambda: socket.getservbyname("http", None))
t("getservbyname http tcp", lambda: socket.getservbyname("http", "tcp"))
t("getservbyport proto None", lambda: socket.getservbyport(80, None))
t("getservbyport proto int", lambda: socket.getservbyport(70000, 1))
t("getservbyport 2**31", lambda: socket.getservbyport(2**31, 1))
t("getservbyport 70000", lambda: socket.getservbyport(70000))
t("getservbyport idx", lambda: socket.getservbyport(Idx(), "tcp"))
t("inet_aton nul", lambda: socket.inet_aton("a\0b"))
t("inet_aton bytes", lambda: socket.inet_aton(b"1.2.3.4"))
t("inet_aton ok", lambda: socket.inet_aton("127.1"))
t("if_nametoindex nul", lambda: socket.if_nametoindex("a\0b"))
t("if_nametoindex bytes nul", lambda: socket.if_nametoindex(b"l\0o"))
t("if_nametoindex bytearray", lambda: socket.if_nametoindex(bytearray(4)))
t("if_nametoindex None", lambda: socket.if_nametoindex(None))

# if_indextoname: past 32 bits is ENXIO (3.11), negative or past 64 bits
# OverflowError, only ints
t("if_indextoname 2**32", lambda: socket.if_indextoname(2**32))
t("if_indextoname 2**40", lambda: socket.if_indextoname(2**40))
t("if_indextoname 2**64", lambda: socket.if_indextoname(2**64))
t("if_indextoname -1", lambda: socket.if_indextoname(-1))
t("if_indextoname idx", lambda: socket.if_indextoname(Idx()))
t("if_indextoname str", lambda: socket.if_indextoname("1"))

# gethostbyname('') is INADDR_ANY, no lookup
t("gethostbyname empty", lambda: socket.gethostbyname(""))
t("gethostbyname bytes empty", lambda: socket.gethostbyname(b""))
t("gethostbyname numeric", lambda: socket.gethostbyname("127.0.0.1"))
t("gethostbyname nul", lambda: socket.gethostbyname("a\0b"))

# getaddrinfo's numbers are C ints
t("gai proto -2**63", lambda: socket.getaddrinfo("127.0.0.1", 0, 0, 0, -(2**63)))
t("gai family 2**31", lambda: socket.getaddrinfo("127.0.0.1", 0, 2**31))
t("gai type 2**31", lambda: socket.getaddrinfo("127.0.0.1", 0, 0, 2**31))
t("gai flags 2**31", lambda: socket.getaddrinfo("127.0.0.1", 0, 0, 0, 0, 2**31))
t("gai family None", lambda: socket.getaddrinfo("127.0.0.1", 0, None))
t("gai family float", lambda: socket.getaddrinfo("127.0.0.1", 0, 1.0))
t("gai kw", lambda: socket.getaddrinfo("127.0.0.1", 80, family=socket.AF_INET,
                                        type=socket.SOCK_STREAM)[0][4])
t("gai bool type", lambda: len(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, True)))

# __exit__ takes any arguments (and closes)
for args in ((), (None, None, None), (1, 2, 3, 4), (1, 2, 3, 4, 5, 6)):
    s = socket.socket()
    t("__exit__ %d args" % len(args), lambda: s.__exit__(*args))
    print("closed", s.fileno())

# set_inheritable takes a C int, checked before the fd
s = socket.socket()
for v in ("x", None, 1.5, 2**31, 2**64, (), Idx(), True, 1, 0, False):
    t("set_inheritable %s" % type(v).__name__, lambda: s.set_inheritable(v))
    print(" ->", s.get_inheritable())
s.close()
t("set_inheritable closed str", lambda: s.set_inheritable("x"))
t("set_inheritable closed int", lambda: s.set_inheritable(1))

# zero-sized receives on an unconnected stream socket: recv and recv_into
# return at once, recvfrom and recvfrom_into ask the kernel (ENOTCONN)
s = socket.socket()
s.bind(("127.0.0.1", 0))
t("recv 0", lambda: s.recv(0))
t("recv_into empty", lambda: s.recv_into(bytearray(0)))
t("recvfrom 0", lambda: s.recvfrom(0))
t("recvfrom_into empty", lambda: s.recvfrom_into(bytearray(0)))
t("recvfrom 0 flags", lambda: s.recvfrom(0, socket.MSG_DONTWAIT))
# the buffer's type is checked before the numbers
t("recv_into int -1", lambda: s.recv_into(1, -1, 70000))
t("recvfrom_into str -1", lambda: s.recvfrom_into("x", -1))
t("recv_into bytes", lambda: s.recv_into(b"abc"))
t("recv_into -1", lambda: s.recv_into(bytearray(4), -1))
t("recv -1 tuple", lambda: s.recv(-1, ()))
t("recvfrom -1 None", lambda: s.recvfrom(-1, None))
t("recv -1", lambda: s.recv(-1))
t("recv str", lambda: s.recv("1"))
s.close()
t("recvfrom 0 closed", lambda: s.recvfrom(0))
t("recvfrom_into empty closed", lambda: s.recvfrom_into(bytearray(0)))
t("sendmsg str closed", lambda: s.sendmsg("x"))
t("sendmsg closed", lambda: s.sendmsg([b"x"]))

# a connected pair: zero-sized receives with data waiting take none of it
a, b = socket.socketpair()
a.sendall(b"xyz")
t("pair recv 0", lambda: b.recv(0))
t("pair recv_into empty", lambda: b.recv_into(bytearray(0)))
t("pair recv", lambda: b.recv(10))
# sendmsg takes bytes-like buffers only (checked before the fd)
t("sendmsg str", lambda: a.sendmsg("abc"))
t("sendmsg str item", lambda: a.sendmsg([b"a", "b"]))
t("sendmsg ok", lambda: a.sendmsg([b"a", bytearray(b"b"), memoryview(b"c")]))
t("pair recv sendmsg", lambda: b.recv(10))
a.close()
b.close()

# fromfd / socket(fileno=) of something that is not a socket
r, w = os.pipe()
t("fromfd pipe", lambda: socket.fromfd(r, socket.AF_INET, socket.SOCK_STREAM))
t("fromfd pipe bad family", lambda: socket.fromfd(r, 2**64, socket.SOCK_STREAM))
t("fromfd pipe family tuple", lambda: socket.fromfd(r, (1, 2), socket.SOCK_STREAM))
t("socket fileno pipe", lambda: socket.socket(fileno=r))
t("socket fileno pipe 4 args", lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM, 0, w))
os.close(r)
os.close(w)
s = socket.socket()
s2 = socket.fromfd(s.fileno(), socket.AF_INET, socket.SOCK_STREAM)
print("fromfd socket", s2.family == socket.AF_INET, s2.fileno() != s.fileno())
s2.close()
s.close()
