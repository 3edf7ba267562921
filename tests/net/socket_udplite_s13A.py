# UDP-Lite (IPPROTO_UDPLITE, Linux): datagrams both ways over IPv4 and IPv6
# loopback, as with UDP. Hosts without it (macOS) print SKIP.
import socket

if not hasattr(socket, "IPPROTO_UDPLITE"):
    print("SKIP")
    raise SystemExit

for family, host in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
    try:
        a = socket.socket(family, socket.SOCK_DGRAM, socket.IPPROTO_UDPLITE)
    except OSError:
        print("SKIP")
        raise SystemExit
    b = socket.socket(family, socket.SOCK_DGRAM, socket.IPPROTO_UDPLITE)
    print(a.proto == socket.IPPROTO_UDPLITE, a.type == socket.SOCK_DGRAM)
    a.bind((host, 0))
    b.bind((host, 0))
    b.settimeout(5)
    a.settimeout(5)
    a.sendto(b"lite", b.getsockname())
    data, addr = b.recvfrom(64)
    print(data, addr[:2] == a.getsockname()[:2])
    b.sendto(b"reply", addr)
    print(a.recv(64))
    a.close()
    b.close()
