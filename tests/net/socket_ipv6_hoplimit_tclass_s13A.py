# IPV6_RECVHOPLIMIT / IPV6_HOPLIMIT and IPV6_RECVTCLASS / IPV6_TCLASS: the
# hop limit and traffic class of a received datagram come back as recvmsg()
# ancillary data (RFC 3542), each an int in native byte order.
import socket, struct

names = ("IPV6_RECVHOPLIMIT", "IPV6_HOPLIMIT", "IPV6_RECVTCLASS", "IPV6_TCLASS")
if not all(hasattr(socket, n) for n in names):
    print("SKIP")
    raise SystemExit

a = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
a.bind(("::1", 0))
b.bind(("::1", 0))
b.settimeout(5)
b.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_RECVHOPLIMIT, 1)
b.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_RECVTCLASS, 1)
a.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_UNICAST_HOPS, 7)
a.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_TCLASS, 0x20)
print(a.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_TCLASS))

a.sendto(b"hop", b.getsockname())
space = socket.CMSG_SPACE(struct.calcsize("i"))
msg, anc, flags, addr = b.recvmsg(64, 2 * space)
print(msg, flags, addr[0])
got = {}
for level, ctype, data in anc:
    if level == socket.IPPROTO_IPV6 and ctype == socket.IPV6_HOPLIMIT:
        got["hoplimit"] = struct.unpack("i", data[:4])[0]
    elif level == socket.IPPROTO_IPV6 and ctype == socket.IPV6_TCLASS:
        got["tclass"] = struct.unpack("i", data[:4])[0]
print(sorted(got.items()))

# Too small a buffer for both: the rest is cut off and MSG_CTRUNC says so.
a.sendto(b"cut", b.getsockname())
msg, anc, flags, addr = b.recvmsg(64, 1)
print(msg, len(anc), bool(flags & socket.MSG_CTRUNC))
a.close()
b.close()
