# makefile(): only binary modes; it returns the socket itself, so closing it
# closes the socket (MicroPython: .exp file; CPython has text modes).
import socket

s = socket.socket()
for mode in ("rb", "wb", "rwb", "br"):
    print(mode, s.makefile(mode) is s)
print(s.makefile() is s, s.makefile("rb", 0) is s)
for mode in ("r", "w", "rt", "x", ""):
    try:
        s.makefile(mode)
    except ValueError:
        print(mode, "ValueError")
f = s.makefile("rb")
f.close()
print(s.fileno())
