# micropython.opt_level(n > 0) makes __debug__ False and strips asserts in
# code compiled afterwards, and heap_lock() nests with heap_locked() /
# heap_unlock() giving the depth (MicroPython only, hence the .exp file).
import micropython

src = """
print(__debug__, not __debug__)
if __debug__:
    print("debug branch")
else:
    print("optimised branch")
x = 1 if __debug__ else 2
print(x)
try:
    assert False, "kept"
    print("assert stripped")
except AssertionError as e:
    print("AssertionError", e)
"""
for level in (0, 1, 2, 0):
    micropython.opt_level(level)
    print("level", micropython.opt_level())
    exec(src)

a = b = c = d = None  # (binding new globals while locked would allocate)
micropython.heap_lock()
micropython.heap_lock()
micropython.heap_lock()
d = micropython.heap_locked()
a = micropython.heap_unlock()
b = micropython.heap_unlock()
c = micropython.heap_unlock()
print(d, a, b, c)
# unlocking an unlocked heap stays at depth 0
print(micropython.heap_unlock(), micropython.heap_locked(), len([1] * 10))
