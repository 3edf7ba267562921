# select.poll errors: objects without fileno(), negative fds, unknown objects.
import select
import socket

p = select.poll()
for obj in (object(), "x", 1.5, None):
    try:
        p.register(obj)
    except TypeError:
        print("TypeError")
try:
    p.register(-1)
except ValueError:
    print("ValueError")
try:
    p.unregister(12345)
except KeyError:
    print("KeyError")
try:
    p.modify(12345, select.POLLIN)
except OSError as e:
    print(type(e).__name__)
for args in ((), (1, 2, 3)):
    try:
        p.register(*args)
    except TypeError:
        print("TypeError")
try:
    p.poll("x")
except TypeError:
    print("TypeError")
print(p.poll(0))
