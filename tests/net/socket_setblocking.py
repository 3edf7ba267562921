# setblocking(False) == settimeout(0): EAGAIN instead of waiting.
import errno
import socket

a, b = socket.socketpair()
print(b.getblocking())
b.setblocking(False)
print(b.gettimeout(), b.getblocking())
for call in (lambda: b.recv(10), lambda: b.recvfrom(10), lambda: b.recv_into(bytearray(4))):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, errno.errorcode[e.errno])
a.send(b"ok")
print(b.recv(10))
b.setblocking(True)
print(b.gettimeout(), b.getblocking())
# a full send buffer: a non-blocking send() says EAGAIN
a.setblocking(False)
total = 0
try:
    while True:
        total += a.send(b"x" * 65536)
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno], total > 0)
a.close()
b.close()
