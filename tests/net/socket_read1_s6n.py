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
