# sendall() moves everything; recv() in a loop gets it back intact.
import socket

a, b = socket.socketpair()
a.settimeout(5)
b.settimeout(5)
# 64 KiB: more than macOS gives a socket pair (8 KiB), so make room first.
a.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 1 << 18)
b.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 18)
data = bytes(range(256)) * 256
print(a.sendall(data))
a.shutdown(socket.SHUT_WR)
parts = []
while True:
    chunk = b.recv(8192)
    if not chunk:
        break
    parts.append(chunk)
got = b"".join(parts)
print(len(got), got == data)
a.close()
b.close()
