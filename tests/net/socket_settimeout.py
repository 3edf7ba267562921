# settimeout()/gettimeout(): None blocks, 0 never waits, > 0 waits that long
# and then raises TimeoutError (an OSError).
import socket

a, b = socket.socketpair()
print(b.gettimeout())
b.settimeout(0.05)
print(b.gettimeout())
try:
    b.recv(10)
except OSError as e:
    print(type(e).__name__, isinstance(e, OSError))
b.settimeout(2)
print(b.gettimeout())
b.settimeout(0)
print(b.gettimeout())
b.settimeout(None)
print(b.gettimeout())
b.settimeout(True)
print(b.gettimeout())
# data already there: no waiting at all
b.settimeout(0.05)
a.send(b"x")
print(b.recv(1))
# the timeout is per call, and a call that waits then succeeds is fine
a.settimeout(0.5)
print(a.send(b"y"))
a.close()
b.close()
