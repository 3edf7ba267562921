# makefile('rb'): read(n) returns n bytes unless EOF comes first (no short
# reads), readline() stops after b'\n', read() reads to EOF.
import socket

a, b = socket.socketpair()
b.settimeout(5)
f = b.makefile("rb")
a.sendall(b"line one\nline two\n12345")
print(f.readline())
print(f.read(4))
print(f.readline())
buf = bytearray(3)
print(f.readinto(buf), buf)
a.sendall(b"67890")
a.close()
print(f.read(4))
print(f.read())
print(f.read(10))
print(f.readline())
f.close()
b.close()
