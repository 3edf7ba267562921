# A blocking socket (timeout None) whose kernel timeout SO_RCVTIMEO /
# SO_SNDTIMEO the program set waits that long and then fails with EAGAIN
# (BlockingIOError), as a blocking fd does under CPython; older MicroPython
# code sets these options itself. With a Python timeout set, that timeout
# rules and the option is not looked at. Never a wait for ever.
import errno
import socket
import struct
import sys
import time

# 0.15 s as a struct timeval: two longs on Linux; on macOS a long and an int
# padded to 16 bytes, which the same bytes give on a little-endian machine.
TV = struct.pack("ll", 0, 150000)


def timed(label, f):
    t0 = time.monotonic()
    try:
        r = f()
        print(label, "returned", r)
    except OSError as e:
        print(label, type(e).__name__, e.errno == errno.EAGAIN)
    dt = time.monotonic() - t0
    print(label, "waited", 0.1 < dt < 2.0)


a, b = socket.socketpair()
b.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, TV)
timed("recv", lambda: b.recv(10))
timed("recv_into", lambda: b.recv_into(bytearray(4)))
timed("recvfrom", lambda: b.recvfrom(10)[0])
a.send(b"data")
print("data still comes", b.recv(10))

# a Python timeout takes over from the option
b.settimeout(0.4)
t0 = time.monotonic()
try:
    b.recv(10)
except OSError as e:
    print("settimeout", type(e).__name__, time.monotonic() - t0 > 0.3)
# and blocking again means the option again
b.setblocking(True)
timed("blocking again", lambda: b.recv(10))
# a dup is the same socket
d = b.dup()
timed("dup", lambda: d.recv(10))
d.close()

# accept: the listener's receive timeout; the accepted socket inherits it
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, TV)
# (Only Linux's accept() honours the option: on macOS and the BSDs a
# blocking accept() waits for ever, so CPython there would hang.)
if sys.platform == "linux":
    timed("accept", lambda: srv.accept())
c = socket.socket()
c.connect(srv.getsockname())
conn, _ = srv.accept()
# (the first 12 bytes: macOS's struct timeval ends in 4 bytes of padding)
print("inherited", conn.getsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, 16)[:12] == srv.getsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, 16)[:12])
timed("accepted recv", lambda: conn.recv(10))

# send: the send timeout once the buffer is full
c.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, TV)
c.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
sent = 0
try:
    while sent < 50_000_000:
        sent += c.send(b"x" * 65536)
    print("send never blocked")
except OSError as e:
    print("send full", type(e).__name__, e.errno == errno.EAGAIN)
for s in (a, b, c, conn, srv):
    s.close()
