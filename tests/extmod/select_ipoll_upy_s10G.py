# MicroPython's poll.ipoll() as its select_ipoll test uses it: the iterator
# yields (registered object, events); flags=1 is one-shot (the object stays
# registered with mask 0 afterwards); a datagram makes the socket readable;
# plain fds can be registered too (select_poll_fd). .exp file: CPython's
# poll has no ipoll and returns fds, not objects.
import errno
import select
import socket
import time


def show(lst):
    print([(type(obj).__name__, flags) for obj, flags in lst])


poll = select.poll()
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(socket.getaddrinfo("127.0.0.1", 0)[0][-1])
poll.register(s, select.POLLIN)
show(poll.ipoll(0))
poll.modify(s, select.POLLOUT)
show(poll.ipoll(0))
show(poll.ipoll(0, 1))
show(poll.ipoll(0))  # one-shot left the mask at 0
show(poll.poll(0))
poll.modify(s, select.POLLIN)
s2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s2.sendto(b"1234", s.getsockname())
for obj, flags in poll.ipoll(1000):
    print(obj is s, flags, obj.recv(10))
it = poll.ipoll(0)
print(iter(it) is it)
s2.close()
# The iterator hands out one tuple again and again: copy what you keep.
s3 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
poll.register(s3, select.POLLOUT)
poll.modify(s, select.POLLOUT)
got = [tuple(x) for x in poll.ipoll(0)]
print(len(got), sorted(type(o).__name__ + str(f) for o, f in got))
s3.close()
s.close()
# Unregister during iteration does not crash.
poll = select.poll()
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
poll.register(a, select.POLLOUT)
poll.register(b, select.POLLOUT)
n = 0
for obj, flags in poll.ipoll(0):
    n += 1
    poll.unregister(a if obj is b else b)
print("unregistered while iterating", n >= 1)
a.close()
b.close()
# Integer fds: stdout is writable.
poll = select.poll()
poll.register(1, select.POLLOUT)
print(poll.poll(0))
print([tuple(x) for x in poll.ipoll(0)])
poll.unregister(1)
print(poll.poll(0))
try:
    poll.unregister(1)
except KeyError:
    print("KeyError")
try:
    poll.modify(1, select.POLLIN)
except OSError as er:
    print("modify", er.errno == errno.ENOENT)
