# gc as MicroPython has it (.exp): collect() returns None, mem_free/mem_alloc
# track allocations, threshold() gets/sets (-1: none), enable/disable.
import gc
print(gc.collect())
# The buffer lives in a function so that no live frame can still point at it
# when it is collected (the C stack is scanned conservatively).
def allocate():
    a = gc.mem_free()
    x = bytearray(100000)
    b = gc.mem_free()
    print(a - b >= 100000, gc.mem_alloc() >= 100000)
    return b
b = allocate()
gc.collect()
print(gc.mem_free() > b)
old = gc.threshold()
print(gc.threshold(50000), gc.threshold())
gc.threshold(-1)
print(gc.threshold())
gc.disable()
print(gc.isenabled())
y = [bytearray(1000) for _ in range(100)]
gc.enable()
print(gc.isenabled(), len(y))
