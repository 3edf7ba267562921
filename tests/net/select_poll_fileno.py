# Objects with a fileno() method and plain ints can be registered.
import select
import socket


class Wrapper:
    def __init__(self, sock):
        self.sock = sock

    def fileno(self):
        return self.sock.fileno()


a, b = socket.socketpair()
p = select.poll()
w = Wrapper(b)
p.register(w, select.POLLIN)
a.send(b"z")
print([ev for _, ev in p.poll(1000)])
p.unregister(w)
p.register(b.fileno(), select.POLLIN)
print(p.poll(0) == [(b.fileno(), select.POLLIN)])
p.unregister(b.fileno())
print(p.poll(0))
a.close()
b.close()
