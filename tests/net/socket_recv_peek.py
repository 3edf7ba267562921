# recv(n, MSG_PEEK) leaves the data to be read again.
import socket

a, b = socket.socketpair()
a.send(b"abcdef")
print(b.recv(3, socket.MSG_PEEK))
print(b.recv(3, socket.MSG_PEEK))
print(b.recv(4))
print(b.recv(10, socket.MSG_PEEK))
print(b.recv(10))
a.close()
b.close()
