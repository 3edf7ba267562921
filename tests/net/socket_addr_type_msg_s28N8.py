# The TypeError texts for an address of the wrong type, as CPython 3.11 words
# them (found by tools/fuzz/diffsock.py --messages): AF_UNIX wants something
# bytes-like, AF_INET and AF_INET6 a tuple. (bytes for AF_INET/AF_INET6 are
# a raw sockaddr here, the spec's MicroPython form: not tried.)
import os
import socket


def show(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError", e)


path = "/tmp/_addr_type_s28N8_%d" % os.getpid()
u = socket.socket(socket.AF_UNIX)
for a in (5, (path,), None, [1]):
    show("unix bind", lambda: u.bind(a))
    show("unix connect", lambda: u.connect(a))
show("unix bytearray", lambda: u.bind(bytearray(path.encode())))
print("name", u.getsockname() == path)
u.close()
os.remove(path)

for fam in (socket.AF_INET, socket.AF_INET6):
    s = socket.socket(fam, socket.SOCK_DGRAM)
    for a in ("::1", 5, None, [1, 2]):
        show("connect", lambda: s.connect(a))
        show("sendto", lambda: s.sendto(b"x", a))
        show("connect_ex", lambda: s.connect_ex(a))
    s.close()
