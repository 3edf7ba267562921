# A poll object knows one entry per fd, as CPython's: a socket and its
# fileno() are the same registration, whichever was registered first, so
# registering the other modifies it and modify()/unregister() accept either.
import select
import socket

a, b = socket.socketpair()
p = select.poll()


def events():
    return sorted(ev for obj, ev in p.poll(0))


p.register(a, select.POLLOUT)
p.register(a.fileno(), select.POLLIN)  # modifies: a is not readable
print(events())
p.modify(a, select.POLLOUT)
print(events())
p.unregister(a.fileno())
print(events())
try:
    p.unregister(a)
except KeyError:
    print("KeyError")

p.register(a.fileno(), select.POLLOUT)
p.register(a, select.POLLIN)
print(events())
p.modify(a, select.POLLOUT)
print(events())
p.unregister(a)
print(events())
try:
    p.modify(a.fileno(), select.POLLIN)
except OSError:
    print("OSError")

# A different socket on another fd stays a different entry.
p.register(a, select.POLLOUT)
p.register(b, select.POLLOUT)
print(events())
p.unregister(b.fileno())
print(events())
a.close()
b.close()
