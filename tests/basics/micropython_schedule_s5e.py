# micropython.schedule (MicroPython-only, hence the .exp): the callback runs
# soon after, never inside the schedule() call; callbacks keep their order and
# do not nest; an exception from a callback propagates from the point where it
# ran, and callbacks queued meanwhile run at the next check.
import micropython

out = []
def cb(arg):
    out.append(arg)

micropython.schedule(cb, 1)
micropython.schedule(cb, 2)
print("queued", len(out) <= 2)
for i in range(3):
    pass
print(out)

def nest(arg):
    micropython.schedule(cb, arg + 1)
    for i in range(3):
        pass
    out.append(("after", arg))

out.clear()
micropython.schedule(nest, 10)
for i in range(3):
    pass
print(out)

def boom(arg):
    micropython.schedule(cb, "later")
    raise ValueError(arg)

out.clear()
try:
    micropython.schedule(boom, "x")
    for i in range(3):
        pass
except ValueError as e:
    print("ValueError", e)
for i in range(3):
    pass
print(out)
