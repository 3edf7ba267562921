# nofile: 3000
# select.select() and select.poll() with file descriptors above 1024 (the
# FD_SETSIZE limit of the C select()): the spec builds select() on poll(),
# so it works here, where CPython raises ValueError (hence the .exp file).
import select
import socket

keep = []
for i in range(600):
    a, b = socket.socketpair()
    keep.append((a, b))
a, b = keep[-1]
print("high fds", a.fileno() > 1024, b.fileno() > 1024)
print("select idle", select.select([a], [], [], 0))
b.send(b"x")
r, w, x = select.select([a, keep[0][0]], [b], [], 1)
print("select", r == [a], w == [b], x)
p = select.poll()
p.register(a, select.POLLIN)
print("poll", len(p.poll(1000)))
print(a.recv(1))
for a, b in keep:
    a.close()
    b.close()
