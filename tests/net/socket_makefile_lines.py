# A line protocol through makefile('rwb'): readline() per request.
import socket

a, b = socket.socketpair()
a.settimeout(5)
b.settimeout(5)
fa = a.makefile("rwb")
fb = b.makefile("rwb")
for word in (b"alpha", b"beta", b"", b"gamma"):
    fa.write(word + b"\n")
    fa.flush()
    line = fb.readline()
    fb.write(line.upper())
    fb.flush()
    print(fa.readline())
fa.close()
fb.close()
a.close()
b.close()
