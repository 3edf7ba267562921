# TCP keep-alive option names exist where the host has them (macOS: TCP_KEEPALIVE)
import socket
for name in ('TCP_KEEPALIVE', 'TCP_KEEPIDLE', 'TCP_KEEPINTVL', 'TCP_KEEPCNT', 'SO_KEEPALIVE'):
    if hasattr(socket, name):
        print(name, getattr(socket, name))
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
idle = getattr(socket, 'TCP_KEEPIDLE', None) or getattr(socket, 'TCP_KEEPALIVE', None)
if idle is not None:
    s.setsockopt(socket.IPPROTO_TCP, idle, 30)
    print(s.getsockopt(socket.IPPROTO_TCP, idle))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) != 0)
s.close()
