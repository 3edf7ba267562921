# Unregistering (and closing) each object as ipoll() reports it, the usual
# way a poll loop drops a finished connection, must not hide the objects
# still to come in the same round. CPython has no ipoll(); its poll() list
# gives the same counts, so the output is compared with it as is.
import select
import socket


def events(p):
    if hasattr(p, "ipoll"):
        return p.ipoll(0)
    return p.poll(0)


def key(obj, socks):
    # ipoll gives the registered object, CPython's poll the fd.
    for i, s in enumerate(socks):
        if obj is s or obj == s.fileno():
            return i
    return None


pairs = [socket.socketpair() for _ in range(6)]
ours = [a for a, b in pairs]
p = select.poll()
for a, b in pairs:
    p.register(a, select.POLLIN)
    b.send(b"x")

# every object dropped as it is reported: all six are reported once
seen = []
for obj, ev in events(p):
    i = key(obj, ours)
    seen.append(i)
    p.unregister(ours[i])
print("dropped as reported", sorted(seen), ev & select.POLLIN)
print("left", p.poll(0))

# every other one dropped: the others stay registered and report again
for a in ours:
    p.register(a, select.POLLIN)
seen = []
for obj, ev in events(p):
    i = key(obj, ours)
    seen.append(i)
    if i % 2 == 0:
        p.unregister(ours[i])
        ours[i].close()
print("round 1", sorted(seen))
seen = sorted(key(obj, ours) for obj, ev in events(p))
print("round 2", seen)

# unregistered after the round is over: the rest are still found
a = ours[1]
p.unregister(a)
print("round 3", sorted(key(obj, ours) for obj, ev in events(p)))
for a, b in pairs:
    a.close()
    b.close()
