# A read that times out after some bytes came returns those bytes instead of
# raising and dropping them (they have already left the socket); a timeout
# with nothing read still raises ETIMEDOUT. write() on a timed-out socket
# returns how much went out. MicroPython's Unix port behaves so too (its
# timeout is EAGAIN, which ends a read short); CPython has no read()/write()
# on sockets, and its makefile() leaves the buffer undefined after a timeout,
# hence the .exp.
import errno
import socket

a, b = socket.socketpair()
a.settimeout(0.1)


def timed_out(f, *args):
    try:
        r = f(*args)
    except OSError as e:
        return "OSError " + errno.errorcode[e.errno]
    return r


b.send(b"abc")
print("read(10)", timed_out(a.read, 10))
print("read(10) idle", timed_out(a.read, 10))
b.send(b"def")
print("read()", timed_out(a.read))
b.send(b"ghi")
buf = bytearray(8)
print("readinto", timed_out(a.readinto, buf), bytes(buf[:3]))
b.send(b"jk")
print("readline", timed_out(a.readline))
b.send(b"l\nmn")
print("readline", timed_out(a.readline))
print("readline", timed_out(a.readline))
print("readline idle", timed_out(a.readline))
b.send(b"op\nq")
print("readline(2)", timed_out(a.readline, 2))
print("readline", timed_out(a.readline))
b.send(b"r")
print("read1", timed_out(a.read1, 5))
print("recv idle", timed_out(a.recv, 5))

# write: the socket buffers fill, the timeout ends the write, and the count
# says exactly how much the peer can read.
big = bytes(range(256)) * 16384
n = a.write(big)
print("write short", 0 < n < len(big))
print("write full", timed_out(a.write, b"x"))
b.settimeout(0.2)
got = bytearray()
while True:
    try:
        chunk = b.recv(65536)
    except OSError:
        break
    got += chunk
print("peer got it all", len(got) == n, got == big[:n])
a.close()
b.close()
