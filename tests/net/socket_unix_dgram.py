# AF_UNIX datagram sockets; bytes paths; recvfrom() gives the sender's path.
import socket

try:
    import os
except ImportError:
    print("SKIP")
    raise SystemExit

pa = b"socket_unix_dgram_a.tmp-test"
pb = "socket_unix_dgram_b.tmp-test"
for p in (pa, pb):
    try:
        os.unlink(p)
    except OSError:
        pass
a = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
a.bind(pa)
b.bind(pb)
b.settimeout(5)
a.settimeout(5)
print(a.sendto(b"datagram", pb))
data, addr = b.recvfrom(100)
print(data, addr)
b.sendto(b"back", addr)
print(a.recvfrom(100))
# an unbound sender has no address
c = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
c.sendto(b"anon", pb)
data, addr = b.recvfrom(100)
print(data, repr(addr))
for x in (a, b, c):
    x.close()
os.unlink(pa)
os.unlink(pb)
