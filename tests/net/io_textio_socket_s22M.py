# io.TextIOWrapper over a socket's binary makefile(): reading lines and
# json.load/json.dump through it, and close() marking the wrapper closed.
import io
import json
import socket

a, b = socket.socketpair()
wa = a.makefile("wb")
rb = b.makefile("rb")
rt = io.TextIOWrapper(rb, encoding="utf-8")
wa.write("line1\nhéllo\nwörld".encode())
wa.flush()
print(rt.readline())
print(rt.readline())
wa.close()
a.close()
print(rt.read())
print(repr(rt.read()))
print(rt.closed)
rt.close()
print(rt.closed)
try:
    rt.read()
except ValueError:
    print("ValueError")
b.close()

a, b = socket.socketpair()
wt = io.TextIOWrapper(a.makefile("wb"), encoding="utf-8")
json.dump({"k": [1, "é"]}, wt)
wt.close()
a.close()
rt = io.TextIOWrapper(b.makefile("rb"), encoding="utf-8")
print(json.load(rt))
rt.close()
b.close()
