# select.poll: register, poll for readable/writable, modify, unregister.
# Results are printed as events only (CPython gives fds, MicroPython the
# registered objects: see select_poll_objects.py).
import select
import socket

a, b = socket.socketpair()
p = select.poll()
p.register(b, select.POLLIN)
print(p.poll(0))
a.send(b"x")
res = p.poll(1000)
print(len(res), res[0][1])
p.modify(b, select.POLLOUT)
print(p.poll(0)[0][1])
p.register(b, select.POLLIN | select.POLLOUT)
print(p.poll(0)[0][1])
p.unregister(b)
print(p.poll(0))
p.register(a, select.POLLOUT)
p.register(b, select.POLLIN)
print(sorted(ev for _, ev in p.poll(0)))
a.close()
b.close()
