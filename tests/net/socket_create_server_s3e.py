# socket.create_server() as CPython has it: SO_REUSEADDR set, listening,
# blocking; an address in use names the address in the message; AF_INET6
# is IPv6-only unless dualstack_ipv6 asks for both; bad combinations are
# ValueError; the options are keyword-only. Also has_dualstack_ipv6() and
# the option constants code tunes keepalive and TCP with.
import errno
import socket
import sys

s = socket.create_server(("127.0.0.1", 0))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0, s.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN), s.gettimeout())
port = s.getsockname()[1]
try:
    socket.create_server(("127.0.0.1", port))
except OSError as e:
    print(type(e).__name__, e.errno == errno.EADDRINUSE, str(e).replace(str(port), "PORT"))
s2 = socket.create_server(("::1", 0), family=socket.AF_INET6, backlog=5)
print(s2.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY), s2.family == socket.AF_INET6)
s3 = socket.create_server(("::", 0), family=socket.AF_INET6, dualstack_ipv6=True)
print(s3.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
c = socket.create_connection(("127.0.0.1", s3.getsockname()[1]))
a, addr = s3.accept()
print(addr[0])
for kw in ({"dualstack_ipv6": True}, {"reuse_port": True}):
    try:
        x = socket.create_server(("127.0.0.1", 0), **kw)
        print("ok", x.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT)!=0); x.close()
    except Exception as e:
        print(type(e).__name__, e)
try:
    socket.create_server(("127.0.0.1", 0), 5)
except TypeError:
    print("TypeError")
for x in (s, s2, s3, c, a): x.close()
print(socket.has_dualstack_ipv6())
for n in ("SOL_IP", "SOL_TCP", "SOL_UDP", "TCP_KEEPINTVL", "TCP_KEEPCNT", "TCP_MAXSEG",
          "IPPROTO_ICMPV6", "IPV6_TCLASS", "NI_MAXHOST", "NI_MAXSERV", "SOCK_SEQPACKET"):
    print(n, getattr(socket, n))
if sys.platform == "linux":
    for n in ("SOCK_NONBLOCK", "SOCK_CLOEXEC", "TCP_KEEPIDLE", "TCP_USER_TIMEOUT", "TCP_QUICKACK",
              "SO_PEERCRED", "SO_PROTOCOL", "SO_DOMAIN", "SO_BINDTODEVICE", "MSG_NOSIGNAL", "MSG_MORE"):
        print(n, getattr(socket, n))
k = socket.socket()
k.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
k.setsockopt(socket.SOL_TCP, socket.TCP_KEEPINTVL, 7)
k.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT, 3)
print(k.getsockopt(socket.SOL_TCP, socket.TCP_KEEPINTVL), k.getsockopt(socket.SOL_TCP, socket.TCP_KEEPCNT))
k.close()
