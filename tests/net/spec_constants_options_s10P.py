# spec/socket.md "Constants", "errno" and setsockopt/getsockopt, compared with
# CPython:
# 1. every constant the spec lists, with the host's value (printed as a plain
#    int, so CPython's enums compare), the POLL* values, the module functions
#    present; errno: errorcode maps every E* name both ways, all E* names;
# 2. setsockopt(level, opt, value) with an int or a bytes-like value and
#    getsockopt(level, opt[, buflen]) for the options the spec lists
#    (broadcast, multicast TTL/loop/membership, buffers, reuse, SO_ERROR, the
#    timeval options as bytes, IPV6_V6ONLY, keepalive, linger, nodelay), plus
#    wrong sizes, ranges, types and counts;
# 3. issue 3 "Bad input": too many arguments to every socket/select callable
#    -> TypeError.
import socket, select, errno
names = """AF_INET AF_INET6 AF_UNIX SOCK_STREAM SOCK_DGRAM SOCK_RAW
IPPROTO_IP IPPROTO_TCP IPPROTO_UDP IPPROTO_IPV6 SOL_SOCKET
SO_REUSEADDR SO_REUSEPORT SO_KEEPALIVE SO_BROADCAST SO_RCVBUF SO_SNDBUF
SO_ERROR SO_LINGER SO_RCVTIMEO SO_SNDTIMEO TCP_NODELAY IP_ADD_MEMBERSHIP
IP_DROP_MEMBERSHIP IP_MULTICAST_TTL IP_MULTICAST_LOOP IPV6_V6ONLY MSG_PEEK
MSG_DONTWAIT MSG_WAITALL AI_PASSIVE AI_CANONNAME AI_NUMERICHOST
AI_NUMERICSERV SHUT_RD SHUT_WR SHUT_RDWR""".split()
for n in names:
    v = getattr(socket, n)
    print(n, int(v), type(v) is int or isinstance(v, int))
for n in "POLLIN POLLOUT POLLERR POLLHUP POLLPRI".split():
    print(n, getattr(select, n))
print(hasattr(socket, "socket"), hasattr(socket, "getaddrinfo"), hasattr(socket, "inet_pton"), hasattr(socket, "inet_ntop"), hasattr(socket, "socketpair"))
print(hasattr(select, "poll"), hasattr(select, "select"))
# errno
print(type(errno.errorcode).__name__)
for n in "EPIPE EWOULDBLOCK EINTR ECONNRESET ETIMEDOUT EINPROGRESS EAGAIN EBADF ECONNREFUSED EADDRINUSE EPROTONOSUPPORT EAFNOSUPPORT ENOTCONN EISCONN".split():
    v = getattr(errno, n)
    print(n, v, errno.errorcode[v] in (n, "EAGAIN" if n == "EWOULDBLOCK" else n))
all_names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(all_names))
print(" ".join("%s=%d" % (n, getattr(errno, n)) for n in all_names))
print(all(errno.errorcode[getattr(errno, n)].startswith("E") for n in all_names))
print(all(getattr(errno, v) == k for k, v in errno.errorcode.items()))
print(len(errno.errorcode))

# 2. options
import socket, struct, errno
def t(label, f, *a):
    try:
        r = f(*a); print(label, "->", r)
    except Exception as e:
        print(label, "!", type(e).__name__, errno.errorcode.get(e.args[0]) if e.args and isinstance(e.args[0], int) else "")
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
t("bcast", u.setsockopt, socket.SOL_SOCKET, socket.SO_BROADCAST, 1); t("bcast get", lambda: u.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST) != 0)
t("mttl", u.setsockopt, socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 2); t("mttl get", u.getsockopt, socket.IPPROTO_IP, socket.IP_MULTICAST_TTL)
t("mloop", u.setsockopt, socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 0); t("mloop get", u.getsockopt, socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP)
mreq = socket.inet_pton(socket.AF_INET, "239.1.2.3") + socket.inet_pton(socket.AF_INET, "127.0.0.1")
t("add memb", u.setsockopt, socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, mreq)
t("drop memb", u.setsockopt, socket.IPPROTO_IP, socket.IP_DROP_MEMBERSHIP, mreq)
t("drop again", u.setsockopt, socket.IPPROTO_IP, socket.IP_DROP_MEMBERSHIP, mreq)
t("add short", u.setsockopt, socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, b"\1\2\3")
t("rcvbuf", u.setsockopt, socket.SOL_SOCKET, socket.SO_RCVBUF, 8192); t("rcvbuf get", lambda: u.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF) >= 8192)
t("sndbuf", u.setsockopt, socket.SOL_SOCKET, socket.SO_SNDBUF, 8192); t("sndbuf get", lambda: u.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF) >= 8192)
t("reuseport", u.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEPORT, 1); t("reuseport get", u.getsockopt, socket.SOL_SOCKET, socket.SO_REUSEPORT)
t("so_error", u.getsockopt, socket.SOL_SOCKET, socket.SO_ERROR)
t("rcvtimeo bytes", u.setsockopt, socket.SOL_SOCKET, socket.SO_RCVTIMEO, struct.pack("ll", 1, 0))
t("rcvtimeo get", lambda: struct.unpack("ll", u.getsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, 16)))
t("sndtimeo get", lambda: struct.unpack("ll", u.getsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, 16)))
t("opt neg", u.setsockopt, socket.SOL_SOCKET, socket.SO_RCVBUF, -1)
t("opt 2**31", u.setsockopt, socket.SOL_SOCKET, socket.SO_RCVBUF, 2**31)
t("opt 2**32", u.setsockopt, socket.SOL_SOCKET, socket.SO_RCVBUF, 2**32)
t("opt 4 args", u.setsockopt, socket.SOL_SOCKET, socket.SO_RCVBUF, None, 4)
t("opt 2 args", u.setsockopt, socket.SOL_SOCKET, socket.SO_RCVBUF)
t("getopt str", u.getsockopt, "x", 1)
u.close()
v = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
t("v6only", v.setsockopt, socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1); t("v6only get", v.getsockopt, socket.IPPROTO_IPV6, socket.IPV6_V6ONLY)
v.close()
s = socket.socket()
t("keepalive", s.setsockopt, socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1); t("ka get", lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) != 0)
t("linger get", lambda: struct.unpack("ii", s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))
t("ip level on tcp", s.getsockopt, socket.IPPROTO_IP, socket.IP_MULTICAST_TTL)
t("sol ip", s.getsockopt, socket.IPPROTO_TCP, socket.TCP_NODELAY)
s.close()

# 3. argument counts
import socket, select, errno
s = socket.socket()
names = ["accept", "bind", "close", "connect", "connect_ex", "detach", "dup", "fileno", "getpeername", "getsockname", "getsockopt", "gettimeout",
         "listen", "makefile", "recv", "recv_into", "recvfrom", "recvfrom_into", "send", "sendall", "sendto", "setblocking", "setsockopt", "settimeout", "shutdown"]
def too_many_args(owner, n):
    f = getattr(owner, n, None)
    if f is None:
        print(n, "missing"); return
    try:
        f(*([1] * 7)); print(n, "accepted 7 args")
    except TypeError:
        print(n, "TypeError")
    except Exception as e:
        print(n, type(e).__name__)
for n in names:
    too_many_args(s, n)
for n in ["getaddrinfo", "inet_pton", "inet_ntop", "socketpair", "gethostname", "getdefaulttimeout"]:
    too_many_args(socket, n)
p = select.poll()
for n in ["register", "modify", "unregister", "poll"]:
    try:
        getattr(p, n)(*([1] * 5)); print(n, "accepted")
    except TypeError:
        print(n, "TypeError")
try:
    select.select(*([[]] * 6))
except TypeError:
    print("select TypeError")
try:
    select.poll(1)
except TypeError:
    print("poll() TypeError")
s.close()
