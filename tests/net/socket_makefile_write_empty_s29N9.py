# A makefile's write(b'') sends b'' as CPython's SocketIO does: on a socket
# that cannot send (never connected, shut down for writing, closed) it raises
# what send(b'') raises; on a connected socket it is 0.
import socket


def t(label, f):
    try:
        print(label, f())
    except OSError as e:
        print(label, "OSError", e.errno)


c = socket.socket()
t("unconnected wb", lambda: c.makefile("wb", 0).write(b""))
t("unconnected rwb", lambda: c.makefile("rwb", 0).write(bytearray()))
t("unconnected send", lambda: c.send(b""))
c.close()
a, b = socket.socketpair()
f = a.makefile("wb", 0)
t("connected", lambda: f.write(b""))
t("connected data", lambda: f.write(b"xy"))
print(b.recv(10))
a.shutdown(socket.SHUT_WR)
t("shut", lambda: f.write(b""))
t("shut send", lambda: a.send(b""))
a.setblocking(False)
t("shut non-blocking", lambda: f.write(b""))
f.close()
a.close()
b.close()
d = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
t("unconnected datagram", lambda: d.makefile("wb", 0).write(b""))
d.close()
