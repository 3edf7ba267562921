# socket(fileno=fd) adopts an fd and asks it for whatever was left out:
# family, type and protocol (SO_PROTOCOL: 6 for TCP, 17 for UDP); given
# arguments win. dup() and fromfd() make independent sockets.
import os
import socket

lst = socket.socket()
lst.bind(("127.0.0.1", 0))
lst.listen()
c = socket.create_connection(lst.getsockname())
s, _ = lst.accept()

f = socket.socket(fileno=os.dup(s.fileno()))
print("tcp", f.family == socket.AF_INET, f.type == socket.SOCK_STREAM, f.proto)
print(f.getsockname() == s.getsockname(), f.getpeername() == c.getsockname())
f.sendall(b"via adopted fd")
print(c.recv(100))
f.close()
print(s.fileno() >= 0)

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
f = socket.socket(fileno=os.dup(u.fileno()))
print("udp", f.family == socket.AF_INET, f.type == socket.SOCK_DGRAM, f.proto)
f.close()
f = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, 0, os.dup(u.fileno()))
print("udp given", f.proto)
f.close()
u.close()

a, b = socket.socketpair()
f = socket.socket(fileno=os.dup(a.fileno()))
print("unix", f.family == socket.AF_UNIX, f.type == socket.SOCK_STREAM, f.proto)
f.close()

try:
    v6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
except OSError:
    print("v6", True, True, 6)
else:
    f = socket.socket(fileno=os.dup(v6.fileno()))
    print("v6", f.family == socket.AF_INET6, f.type == socket.SOCK_STREAM, f.proto)
    f.close()
    v6.close()

# fromfd dups; the new socket takes the timeout default, not the original's
s.settimeout(3)
g = socket.fromfd(s.fileno(), socket.AF_INET, socket.SOCK_STREAM)
print("fromfd", g.fileno() != s.fileno(), g.gettimeout(), g.proto)
g.close()
d = s.dup()
print("dup", d.fileno() != s.fileno(), d.gettimeout(), d.type == s.type)
d.sendall(b"via dup")
d.close()
print(c.recv(100))

# not a socket, a closed fd
r, w = os.pipe()
for fd in (r, w):
    try:
        socket.socket(fileno=fd)
    except OSError as e:
        print("pipe", type(e).__name__, e.errno)
os.close(r)
try:
    socket.socket(fileno=r)
except OSError as e:
    print("closed fd", e.errno)
os.close(w)
for x in (a, b, c, s, lst):
    x.close()
