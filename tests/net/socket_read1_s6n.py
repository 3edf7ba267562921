# makefile('rb').read1(n): what one receive gives (at least one byte,
# waiting for it), not n bytes; b'' at EOF.
import socket

a, b = socket.socketpair()
f = a.makefile('rb')
b.send(b'hi')
print(f.read1(100))
b.send(b'hello world')
print(f.read1(5), f.read1(100))
b.send(b'xyz')
print(f.read(2), f.read1(10))
b.close()
print(f.read1(10))
f.close()

# read1() with no size (or -1) is one transfer too, never a wait for EOF;
# in memory, it is everything.
import io
a, b = socket.socketpair()
f = a.makefile('rb')
b.send(b'hi')
print(f.read1())
b.send(b'yo')
print(f.read1(-1))
a.close()
b.close()
print(len(io.BytesIO(b'x' * 10000).read1()), io.BytesIO(b'abc').read1(2))
