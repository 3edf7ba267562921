# getpeername() of an unconnected socket: ENOTCONN.
import errno
import socket

s = socket.socket()
try:
    s.getpeername()
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
try:
    u.getpeername()
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])
u.connect(("127.0.0.1", 9))
print(u.getpeername())
s.close()
u.close()
