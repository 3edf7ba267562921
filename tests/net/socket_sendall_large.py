# sendall() moves everything; recv() in a loop gets it back intact.
import socket

a, b = socket.socketpair()
a.settimeout(5)
b.settimeout(5)
data = bytes(range(256)) * 256  # 64 KiB, fits the socket buffers
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
