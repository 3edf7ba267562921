# Thousands of registered objects: no fixed table.
# nofile: 2048
import select
import socket

p = select.poll()
pairs = []
for i in range(600):
    a, b = socket.socketpair()
    pairs.append((a, b))
    p.register(b, select.POLLIN)
print(p.poll(0))
for i in range(0, 600, 100):
    pairs[i][0].send(b"x")
res = p.poll(1000)
print(len(res))
for a, b in pairs[::2]:
    p.unregister(b)
res = p.poll(1000)
print(len(res))
for a, b in pairs:
    a.close()
    b.close()
