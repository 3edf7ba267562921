# Polling a socket that was closed after it was registered: POLLNVAL for it,
# no crash, no hang.
import select
import socket

a, b = socket.socketpair()
fd_a = a.fileno()
p = select.poll()
p.register(a, select.POLLIN)
p.register(b, select.POLLIN)
a.close()
res = p.poll(1000)
print(sorted(ev for _, ev in res))
print(select.POLLNVAL in [ev for _, ev in res])
try:
    p.unregister(a)
except ValueError:
    # CPython: a closed socket's fileno() is -1; unregister its old fd
    p.unregister(fd_a)
res = p.poll(1000)
print([ev & (select.POLLIN | select.POLLHUP) != 0 for _, ev in res])
b.close()
