# gc as MicroPython has it (.exp): collect() returns None, mem_free/mem_alloc
# track allocations, threshold() gets/sets (-1: none), enable/disable.
import gc
print(gc.collect())
# Ten buffers are made and dropped in a function; the collector must get
# them back. The C stack is scanned conservatively, so a stale word may keep
# one of them alive: allow for two, but not for all ten.
def allocate():
    a = gc.mem_free()
    for i in range(10):
        x = bytearray(100000)
    print(a - gc.mem_free() >= 1000000, gc.mem_alloc() >= 1000000)
gc.collect()
before = gc.mem_free()
allocate()
gc.collect()
print(gc.mem_free() > before - 200000)
old = gc.threshold()
print(gc.threshold(50000), gc.threshold())
gc.threshold(-1)
print(gc.threshold())
gc.disable()
print(gc.isenabled())
y = [bytearray(1000) for _ in range(100)]
gc.enable()
print(gc.isenabled(), len(y))
