# Iterating over makefile('rb') yields lines, as over a CPython file, and
# readline()/readlines() keep exact line boundaries for long lines, lines
# split across sends, size limits and a last line without b'\n'.
# Regression: the socket was not iterable (TypeError).
import socket

a, b = socket.socketpair()
a.sendall(b"one\ntwo\r\n\nthree")
a.close()
f = b.makefile("rb")
for line in f:
    print(line)
print(f.readline(), f.readlines())
f.close()

a, b = socket.socketpair()
long = bytes(range(256)).replace(b"\n", b"") * 300
a.sendall(b"abc\ndefghij\n" + long + b"\n" + b"tail")
a.shutdown(socket.SHUT_WR)
f = b.makefile("rb")
print(f.readline(), f.readline(2), f.readline(0), f.readline())
line = f.readline()
print(len(line), line == long + b"\n")
print(f.readlines())
print(f.readline())
f.close()
a.close()

# Pipelined short replies, as a Redis client reads them.
a, b = socket.socketpair()
a.sendall(b"".join(b":%d\r\n" % i for i in range(2000)))
a.close()
f = b.makefile("rb")
vals = [int(f.readline()[1:]) for _ in range(2000)]
print(vals == list(range(2000)), f.readline())
f.close()
