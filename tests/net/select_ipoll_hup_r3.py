# select.poll().ipoll(timeout, flags) over sockets, MicroPython's API (no
# CPython equivalent: .exp file): the registered objects come back, flag 1
# is one-shot (mask set to 0 after an event), and POLLHUP on peer close is
# reported though never asked for.
import select
import socket

a, b = socket.socketpair()
c, d = socket.socketpair()
p = select.poll()
p.register(a, select.POLLIN)
p.register(c, select.POLLIN)
b.send(b"1")
d.send(b"2")
seen = sorted((o is a and "a" or "c", ev) for o, ev in p.ipoll(0, 1))
print(seen)
# One-shot: both now have mask 0, so the unread data does not show.
print(list(p.ipoll(0)))
p.modify(a, select.POLLIN)
print([(o is a, ev) for o, ev in p.ipoll(0)])
print(a.recv(1), c.recv(1))
# Peer closes: POLLHUP (with POLLIN: EOF is readable) even for mask 0.
p.modify(a, 0)
b.close()
for o, ev in p.ipoll(100):
    print(o is a, bool(ev & select.POLLHUP), ev & select.POLLOUT)
print(a.recv(1))
p.unregister(a)
d.close()  # c still has mask 0 from the one-shot: only POLLHUP shows
for o, ev in p.ipoll(100):
    print(o is c, bool(ev & select.POLLIN), bool(ev & select.POLLHUP))
print(c.recv(1))
a.close()
c.close()
