# sendmsg()/recvmsg() (CPython's API; the spec does not list them): several
# buffers as one message, SCM_RIGHTS fd passing over AF_UNIX, addresses on
# UDP, flags, truncation.
import os
import socket
import struct

a, b = socket.socketpair()
print(a.sendmsg([b"ab", bytearray(b"cd"), memoryview(b"ef")]))
data, anc, flags, addr = b.recvmsg(100)
print(data, anc, flags, addr)
print(a.sendmsg([]), a.sendmsg((b"x" for _ in range(3))))
print(b.recvmsg(10)[0])

# Pass the fd of a third socket; the received fd is a new one for it.
x, y = socket.socketpair()
a.sendmsg([b"F"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("i", x.fileno()))])
data, anc, flags, addr = b.recvmsg(10, socket.CMSG_SPACE(struct.calcsize("i")))
print(data, len(anc), anc[0][0] == socket.SOL_SOCKET, anc[0][1] == socket.SCM_RIGHTS, flags)
fd = struct.unpack("i", anc[0][2])[0]
print(fd != x.fileno())
z = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0, fd)
z.sendall(b"via passed fd")
print(y.recv(100))
z.close()

# Control buffer too small: MSG_CTRUNC, and the fd is not delivered.
a.sendmsg([b"G"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("i", x.fileno()))])
data, anc, flags, addr = b.recvmsg(10, 1)
print(data, anc, bool(flags & socket.MSG_CTRUNC))
print(socket.CMSG_LEN(0) > 0, socket.CMSG_SPACE(4) >= socket.CMSG_LEN(4))

# Data truncated on a datagram: MSG_TRUNC; the sender's address comes back.
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v.bind(("127.0.0.1", 0))
print(v.sendmsg([b"hello ", b"world"], [], 0, u.getsockname()))
data, anc, flags, addr = u.recvmsg(5)
print(data, anc, bool(flags & socket.MSG_TRUNC), addr == v.getsockname())

for f, args in [
    (a.sendmsg, (b"not a list of buffers",)),
    (a.sendmsg, ([1],)),
    (a.sendmsg, ([b"x"], [(1, 2)])),
    (a.sendmsg, ([b"x"], [(1, 2, "str")])),
    (b.recvmsg, (-1,)),
    (b.recvmsg, (10, -1)),
    (socket.CMSG_LEN, (-1,)),
]:
    try:
        f(*args)
        print("no error")
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__)
b.settimeout(0)
try:
    b.recvmsg(10)
except OSError as e:
    print("EAGAIN", e.errno in (11, 35))
for s in (a, b, x, y, u, v):
    s.close()
try:
    a.recvmsg(1)
except OSError as e:
    print("closed", e.errno == 9)
