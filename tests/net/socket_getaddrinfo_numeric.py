# getaddrinfo() on numeric hosts: (family, type, proto, canonname, sockaddr)
# tuples, filtered by family/type/proto.
import socket


def show(res):
    for fam, typ, proto, canon, addr in sorted(res, key=lambda r: (int(r[0]), int(r[1]), r[2])):
        print(int(fam), int(typ), proto, repr(canon), addr)
    print("--")


show(socket.getaddrinfo("127.0.0.1", 80, 0, socket.SOCK_STREAM))
show(socket.getaddrinfo("127.0.0.1", 53, socket.AF_INET, socket.SOCK_DGRAM))
show(socket.getaddrinfo("127.0.0.1", 8080, 0, 0, socket.IPPROTO_TCP))
show(socket.getaddrinfo("::1", 443, socket.AF_INET6, socket.SOCK_STREAM))
show(socket.getaddrinfo(b"10.1.2.3", "22", type=socket.SOCK_STREAM))
show(socket.getaddrinfo("1.2.3.4", None, socket.AF_INET, socket.SOCK_DGRAM))
show(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
show(socket.getaddrinfo(None, 5000, socket.AF_INET, socket.SOCK_STREAM))
show(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_NUMERICHOST))
show(socket.getaddrinfo("::1", 80, family=socket.AF_INET6, type=socket.SOCK_DGRAM, flags=socket.AI_NUMERICHOST))
r = socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM)[0]
s = socket.socket(r[0], r[1], r[2])
print(s.family == socket.AF_INET)
s.close()
