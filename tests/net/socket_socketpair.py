# socketpair(): two connected sockets (AF_UNIX by default).
import socket

a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM, b.family == socket.AF_UNIX)
print(repr(a.getsockname()), repr(b.getpeername()))
a.sendall(b"ab")
b.sendall(b"ba")
print(b.recv(10), a.recv(10))
a.close()
b.close()
a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
a.send(b"one")
a.send(b"two")
print(b.recv(10), b.recv(10))
a.close()
b.close()
for args in ((12345,), (socket.AF_UNIX, 12345), ("x",), (1, 2, 3, 4)):
    try:
        socket.socketpair(*args)
    except OSError:
        print("OSError")
    except TypeError:
        print("TypeError")
