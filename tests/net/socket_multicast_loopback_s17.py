# UDP multicast on the loopback interface: join a group with
# IP_ADD_MEMBERSHIP (struct ip_mreq packed by hand), send to it with
# IP_MULTICAST_IF/TTL/LOOP, receive, leave with IP_DROP_MEMBERSHIP; and
# SO_BROADCAST. A host with no multicast on lo gives the same errors under
# CPython, so only error types are printed.
import socket
import struct

GRP = "239.255.42.99"
r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
r.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
r.bind(("0.0.0.0", 0))
port = r.getsockname()[1]
mreq = struct.pack("4s4s", socket.inet_aton(GRP), socket.inet_aton("127.0.0.1"))
joined = True
try:
    r.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, mreq)
except OSError as e:
    joined = False
    print("join", type(e).__name__)
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 1)
s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 1)
try:
    s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton("127.0.0.1"))
    s.sendto(b"hello group", (GRP, port))
except OSError as e:
    print("send", type(e).__name__)
r.settimeout(2)
try:
    data, addr = r.recvfrom(100)
    print(data, addr[0])
except OSError as e:
    print("recv", type(e).__name__)
if joined:
    r.setsockopt(socket.IPPROTO_IP, socket.IP_DROP_MEMBERSHIP, mreq)
    # leaving twice: the kernel says the membership is gone
    try:
        r.setsockopt(socket.IPPROTO_IP, socket.IP_DROP_MEMBERSHIP, mreq)
    except OSError as e:
        print("drop again", type(e).__name__)
print(s.getsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL),
      s.getsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(b.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST))
b.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
print(b.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST))
for x in (r, s, b):
    x.close()
