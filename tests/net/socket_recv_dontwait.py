# MSG_DONTWAIT: a blocking socket does not wait for that one call.
import errno
import socket

a, b = socket.socketpair()
print(b.gettimeout())
try:
    b.recv(10, socket.MSG_DONTWAIT)
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])
a.send(b"xy")
print(b.recv(10, socket.MSG_DONTWAIT))
a.close()
b.close()
