# select.poll().ipoll() reports POLLHUP on peer close though it was never
# asked for, even for an fd whose mask is 0 (MicroPython's API: .exp file).
# Linux only: macOS's poll() watches nothing for an fd with no events asked.
import select
import socket
import sys

if sys.platform != "linux":
    print("SKIP")
    raise SystemExit

a, b = socket.socketpair()
c, d = socket.socketpair()
p = select.poll()
p.register(a, 0)
p.register(c, select.POLLIN)
d.send(b"2")
print([(o is c, ev) for o, ev in p.ipoll(0, 1)])  # one-shot: c's mask is now 0
print(c.recv(1))
# Peer closes: POLLHUP (with POLLIN: EOF is readable) even for mask 0.
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
