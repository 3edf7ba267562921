# socket module constants have the host's values (compared with CPython).
import socket

for name in (
    "AF_INET AF_INET6 AF_UNIX SOCK_STREAM SOCK_DGRAM SOCK_RAW IPPROTO_IP IPPROTO_TCP "
    "IPPROTO_UDP IPPROTO_IPV6 SOL_SOCKET SO_REUSEADDR SO_REUSEPORT SO_KEEPALIVE "
    "SO_BROADCAST SO_RCVBUF SO_SNDBUF SO_ERROR SO_LINGER SO_RCVTIMEO SO_SNDTIMEO "
    "TCP_NODELAY IP_ADD_MEMBERSHIP IP_DROP_MEMBERSHIP IP_MULTICAST_TTL IP_MULTICAST_LOOP "
    "IPV6_V6ONLY MSG_PEEK MSG_DONTWAIT MSG_WAITALL AI_PASSIVE AI_CANONNAME AI_NUMERICHOST "
    "AI_NUMERICSERV SHUT_RD SHUT_WR SHUT_RDWR SOMAXCONN SO_TYPE INADDR_ANY INADDR_LOOPBACK"
).split():
    print(name, int(getattr(socket, name)))
# Resolver codes are negative here on every host (spec/socket.md); CPython
# keeps the host's sign, positive on macOS: compare their size only.
for name in ("EAI_NONAME", "EAI_SERVICE"):
    print(name, abs(int(getattr(socket, name))))
print(socket.has_ipv6)
