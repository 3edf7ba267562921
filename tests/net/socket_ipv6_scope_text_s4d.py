# IPv6 scope ids: "%iface" and "%index" in numeric hosts, scope_id in
# address tuples, and a link-local round trip over the loopback interface.
import socket

lo = socket.if_nametoindex("lo")
print("lo index", lo > 0, socket.if_indextoname(lo))
for host in ("fe80::1%lo", "fe80::1%" + str(lo), "fe80::1", "::1"):
    try:
        res = socket.getaddrinfo(host, 80, socket.AF_INET6, socket.SOCK_STREAM, 0, socket.AI_NUMERICHOST)
        a = res[0][4]
        print(host.replace("%" + str(lo), "%N"), a[0], a[1], a[2], a[3] == lo)
    except OSError as e:
        print(host, "OSError", e.args[0] < 0)
try:
    socket.getaddrinfo("fe80::1%nosuchif0", 80, socket.AF_INET6, 0, 0, socket.AI_NUMERICHOST)
    print("unknown iface accepted")
except OSError as e:
    print("unknown iface OSError")

# a UDP exchange between ::1 sockets; flowinfo and scope_id travel in the tuple
u1 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
u1.bind(("::1", 0))
u2.bind(("::1", 0, 0, 0))
name = u1.getsockname()
print("name", len(name), name[0], name[2], name[3])
u2.sendto(b"v6", ("::1", name[1], 0, 0))
data, addr = u1.recvfrom(10)
print(data, len(addr), addr[0], addr[1] == u2.getsockname()[1], addr[2], addr[3])
# a 2-tuple means flowinfo 0 and scope 0
u2.sendto(b"short", ("::1", name[1]))
print(u1.recvfrom(10)[0])
u1.close()
u2.close()
# inet_pton/ntop do not take a scope
for txt in ("fe80::1%lo", "fe80::1"):
    try:
        print(socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, txt)))
    except OSError:
        print(txt, "OSError")
