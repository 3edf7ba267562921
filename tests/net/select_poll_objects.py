# poll() returns (registered object, events) tuples; ipoll() iterates over
# them reusing one tuple; flag 1 is one-shot (the object stays registered
# with an empty mask). MicroPython-only: .exp file.
import select
import socket

a, b = socket.socketpair()
p = select.poll()
p.register(b, select.POLLIN)
p.register(a)
a.send(b"x")
res = p.poll(1000)
print(len(res), sorted(ev for _, ev in res))
for obj, ev in res:
    print(obj is a or obj is b, (obj is b) == (ev == select.POLLIN | 0) or obj is a)
n = 0
for obj, ev in p.ipoll(0):
    n += 1
    print(obj is a, obj is b, ev)
print(n)
tuples = [t for t in p.ipoll(0)]
print(len(tuples), tuples[0] is tuples[1])
# one-shot: reported once, then the mask is empty until modify()
for obj, ev in p.ipoll(0, 1):
    pass
print(p.poll(0))
p.modify(b, select.POLLIN)
print(len(p.poll(0)))
# integers work too and come back as given
q = select.poll()
q.register(b.fileno(), select.POLLIN)
print(q.poll(0) == [(b.fileno(), select.POLLIN)])
a.close()
b.close()
