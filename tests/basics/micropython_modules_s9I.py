# MicroPython-only module behaviours (hence the .exp): sys.settrace is left
# out on purpose (nothing could be traced), so code that needs tracing checks
# for it and skips, as MicroPython's sys_settrace tests do; RingIO prints as
# MicroPython prints it; heap_lock() nests; kbd_intr() and the
# @micropython.bytecode decorator are accepted.
import sys
import micropython

print(hasattr(sys, "settrace"), sys.gettrace())
try:
    sys.settrace
except AttributeError:
    print("settrace: SKIP")

r = micropython.RingIO(4)
print(r, repr(r), str(micropython.RingIO(bytearray(3))))

micropython.heap_lock()
micropython.heap_lock()
a = micropython.heap_locked()
b = micropython.heap_unlock()
c = micropython.heap_unlock()
print(a, b, c, micropython.heap_locked(), micropython.heap_unlock())

micropython.kbd_intr(-1)
micropython.kbd_intr(3)


@micropython.bytecode
def nat(x):
    return x * 2


@micropython.bytecode
def byt(x):
    return x + 1


print(nat(21), byt(41))
