# The object makefile() returns has the file attributes mode (normalised to
# 'rb', 'wb' or 'rwb'), name (the fd; -1 once closed) and closed. CPython's
# buffered read-write pair has no name or mode, so 'rwb' is asked for with
# buffering=0, where CPython returns a SocketIO that has both.
import socket

a, b = socket.socketpair()
fd = a.fileno()
# A socket on which makefile() was not called has none of them.
print([hasattr(a, n) for n in ("mode", "name", "closed")])
for mode in ("rb", "br", "wb", "bw", "rwb", "wrb", "rbw"):
    f = a.makefile(mode, buffering=0)
    print(mode, f.mode, f.name == fd, f.closed)
for mode in ("rb", "wb"):
    f = a.makefile(mode)
    print(mode, f.mode, f.name == fd, f.closed)
f = b.makefile("rb", buffering=0)
print(f.mode, f.closed)
f.close()
b.close()
print(f.closed, f.name)
# A bad mode is still refused.
try:
    a.makefile("rt")
except ValueError:
    print("ValueError")
a.close()
