# socket.socket can be subclassed; methods, attributes, poll and with work
# on the subclass's instances.
import select
import socket


class S(socket.socket):
    def hello(self):
        return "hello %s" % (self.fileno() >= 0)


s = S(socket.AF_INET, socket.SOCK_DGRAM)
print(s.hello(), s.family == socket.AF_INET, s.type == socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 0))
s.sendto(b"x", s.getsockname())
print(s.recv(10))
p = select.poll()
p.register(s, select.POLLOUT)
print([ev for o, ev in p.poll(0)])
with s:
    pass
print(s.fileno())


class T(socket.socket):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = 1


t = T(socket.AF_INET6)
print(t.extra, t.fileno() >= 0, t.family == socket.AF_INET6)
t.close()
