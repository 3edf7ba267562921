# spec/socket.md "Addresses", the points where the spec decides against
# CPython (hence the .exp): resolver errors are plain OSError(-EAI, text) with
# errno == args[0] (no socket.gaierror); a host NAME in an address tuple is an
# error, never a silent DNS lookup (CPython looks it up); a port outside
# 0..65535 in getaddrinfo is OverflowError (CPython wraps 65536 to 0 and gives
# gaierror for -1); an IPv6 scope id outside 32 bits is OverflowError (CPython
# truncates it); inet_ntop with an unknown family is OSError(EAFNOSUPPORT)
# (CPython: ValueError); raw struct sockaddr bytes are accepted as addresses.
import errno
import socket
import struct


def t(label, f, *a):
    try:
        print(label, "->", f(*a))
    except OSError as e:
        print(label, "!", type(e).__name__, e.args[0] < 0, e.errno == e.args[0],
              isinstance(e.args[1], str) if len(e.args) > 1 else None)
    except Exception as e:
        print(label, "!", type(e).__name__)


print("gaierror", hasattr(socket, "gaierror"), hasattr(socket, "error"))
t("unknown host", socket.getaddrinfo, "no-such-host.invalid", 80)
t("both None", socket.getaddrinfo, None, None)
t("bad service", socket.getaddrinfo, "127.0.0.1", "no-such-service-xyz")
try:
    socket.getaddrinfo("no-such-host.invalid", 80)
except OSError as e:
    print("type is OSError", type(e) is OSError, e.args[0] == -errno.ENOENT or e.args[0] < 0)
t("port -1", socket.getaddrinfo, "127.0.0.1", -1)
t("port 65536", socket.getaddrinfo, "127.0.0.1", 65536)
t("port 2**70", socket.getaddrinfo, "127.0.0.1", 2**70)
t("ntop unknown af", socket.inet_ntop, 12345, b"1234")
try:
    socket.inet_ntop(12345, b"1234")
except OSError as e:
    print("EAFNOSUPPORT", e.errno == errno.EAFNOSUPPORT)

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
port = u.getsockname()[1]
t("sendto host name", u.sendto, b"x", ("localhost", port))
t("connect host name", u.connect, ("localhost", port))
t("sendto -1", u.sendto, b"x", ("127.0.0.1", -1))
t("sendto 65536", u.sendto, b"x", ("127.0.0.1", 65536))
# raw struct sockaddr_in bytes (family in host order, port and address in
# network order), as older MicroPython code builds them
raw = struct.pack("=H", socket.AF_INET) + struct.pack(">H", port) + bytes([127, 0, 0, 1]) + bytes(8)
t("sendto raw bytes", u.sendto, b"raw", raw)
print("got", u.recvfrom(10)[0])
u.close()

v = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
v.bind(("::1", 0))
p6 = v.getsockname()[1]
t("scope 2**32", v.sendto, b"x", ("::1", p6, 0, 2**32))
t("scope -1", v.sendto, b"x", ("::1", p6, 0, -1))
t("host name 6", v.sendto, b"x", ("localhost", p6))
v.close()
