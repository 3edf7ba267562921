# accept() honours the timeout; a non-blocking accept() says EAGAIN.
import errno
import socket

s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(1)
s.settimeout(0.05)
try:
    s.accept()
except OSError as e:
    print(type(e).__name__)
s.setblocking(False)
try:
    s.accept()
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])
c = socket.socket()
c.connect(s.getsockname())
s.settimeout(5)
a, addr = s.accept()
# the accepted socket is blocking whatever the listener was
print(a.gettimeout(), addr == c.getsockname())
a.close()
c.close()
s.close()
