# select.poll().ipoll(timeout, flags) over sockets, MicroPython's API (no
# CPython equivalent: .exp file): the registered objects come back, flag 1
# is one-shot (mask set to 0 after an event). POLLHUP for a mask of 0:
# select_ipoll_hup_mask0_s7d.py (Linux only).
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
a.close()
b.close()
c.close()
d.close()
