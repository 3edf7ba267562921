# shutdown() on an unconnected socket or with a bad `how`.
import errno
import socket

s = socket.socket()
try:
    s.shutdown(socket.SHUT_RDWR)
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])
a, b = socket.socketpair()
try:
    a.shutdown(99)
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])
for args in ((), ("x",)):
    try:
        a.shutdown(*args)
    except TypeError:
        print("TypeError")
a.shutdown(socket.SHUT_RD)
print(a.recv(10))
for x in (s, a, b):
    x.close()
