# After the peer closes: recv() gives what is left, then b'' every time.
import socket

a, b = socket.socketpair()
a.sendall(b"last words")
a.close()
print(b.recv(4))
print(b.recv(100))
print(b.recv(100))
print(b.recv(100))
b.settimeout(0)
print(b.recv(100))
b.close()
