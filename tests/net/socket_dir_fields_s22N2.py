# family, type, proto and timeout are listed by dir() on a socket, and read the
# socket's own values, also on a subclass's instance. (Not checked: CPython has
# them on the class too, as descriptors, so dir(socket.socket) and dir() of a
# subclass's instance list them; ours belong to the socket object only.)
import socket

NAMES = ("family", "type", "proto", "timeout")


def listed(o):
    return [n for n in NAMES if n in dir(o)]


s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(listed(s))
print(s.family == socket.AF_INET, s.type == socket.SOCK_DGRAM, s.proto, s.timeout)
s.settimeout(1.5)
print(s.timeout)


class Sub(socket.socket):
    pass


t = Sub(socket.AF_INET, socket.SOCK_STREAM)
print(t.family == socket.AF_INET, t.type == socket.SOCK_STREAM, t.proto, t.timeout)
t.settimeout(0.25)
print(t.timeout, t.gettimeout())
# Read-only on a socket, as in CPython.
for n in NAMES:
    try:
        setattr(s, n, 1)
        print(n, "set")
    except AttributeError:
        print(n, "AttributeError")
s.close()
t.close()
