# select.select() as CPython code calls it: lists or tuples of sockets, fds
# or objects with fileno(); the same object twice; float, int and None
# timeouts; a closed socket or file is a ValueError (its fd is -1), a
# negative timeout too; EOF makes a socket readable. poll() takes a float
# timeout and None.
import select
import socket


def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__
    print(label, r)


class Holder:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


a, b = socket.socketpair()
show("nothing", lambda: select.select([a], [], [], 0.01))
show("writable", lambda: select.select([], [a], [], 0)[1] == [a])
show("tuples", lambda: select.select((a,), (a,), (), 0)[1] == [a])
show("twice", lambda: select.select([a, a], [a, a], [], 0)[1] == [a, a])
show("fds", lambda: select.select([a.fileno()], [a.fileno()], [], 0)[1] == [a.fileno()])
show("fileno()", lambda: select.select([Holder(a.fileno())], [], [], 0))
show("fileno() -5", lambda: select.select([Holder(-5)], [], [], 0))
show("fileno() str", lambda: select.select([Holder("3")], [], [], 0))
show("no fileno", lambda: select.select([object()], [], [], 0))
show("timeout -1", lambda: select.select([a], [], [], -1))
show("timeout str", lambda: select.select([a], [], [], "1"))
b.send(b"x")
show("readable", lambda: select.select([a], [], [], None)[0] == [a])
p = select.poll()
p.register(a, select.POLLIN)
show("poll float", lambda: len(p.poll(0.5)))
show("poll None", lambda: len(p.poll(None)))
show("poll -1.0", lambda: len(p.poll(-1.0)))
show("poll str", lambda: p.poll("x"))
a.recv(1)
c = socket.socket()
c.close()
show("closed socket", lambda: select.select([c], [], [], 0))
show("closed in wlist", lambda: select.select([], [a, c], [], 0))
f = open(__file__)
f.close()
show("closed file", lambda: select.select([f], [], [], 0))
b.close()
show("EOF", lambda: select.select([a], [], [], 0)[0] == [a])
a.close()
