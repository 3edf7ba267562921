# Dual-stack IPv6: a "::" listener with IPV6_V6ONLY off accepts IPv4
# clients as ::ffff:a.b.c.d (4-tuples); create_server(dualstack_ipv6=True),
# create_connection with a timeout; an IPv4 text on an IPv6 socket fails
# with a resolver error (negative code), never a lookup.
import socket
s = socket.socket(socket.AF_INET6)
s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
s.bind(("::", 0))
s.listen(1)
c = socket.socket()
c.settimeout(2)
c.connect(("127.0.0.1", s.getsockname()[1]))
a, addr = s.accept()
print(addr[0], len(addr), addr[2], addr[3], a.getsockname()[0], a.family == socket.AF_INET6)
print(socket.has_dualstack_ipv6(), socket.has_ipv6)
srv = socket.create_server(("", 0), family=socket.AF_INET6, dualstack_ipv6=True)
print(srv.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
c2 = socket.create_connection(("127.0.0.1", srv.getsockname()[1]), timeout=2)
print(c2.gettimeout(), srv.accept()[1][0])
for x in (s, c, a, srv, c2): x.close()
u = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
u.bind(("::1", 0))
u.sendto(b"self", u.getsockname())
print(u.recvfrom(10)[0])
try:
    u.sendto(b"x", ("127.0.0.1", 9))
except OSError as e:
    print("v4 addr on v6 socket", isinstance(e, OSError), e.args[0] < 0)
u.close()
