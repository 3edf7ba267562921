# MicroPython's gc.threshold() keeps the amount in whole heap blocks:
# threshold(1) reads back 0, any negative amount means "none" (-1). CPython
# has no threshold()/mem_free()/mem_alloc(), hence the .exp file.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.collect())
print(type(gc.mem_free()) is int, type(gc.mem_alloc()) is int)
print(gc.threshold(1))
print(gc.threshold())
print(gc.threshold(-1), gc.threshold())
gc.threshold(1)
x = [[], [], {}]
gc.threshold(-5)
print(gc.threshold())
gc.threshold(4096)
print(gc.threshold())
gc.threshold(4097)
print(gc.threshold() in (4096, 4097))
gc.threshold(-1)
print(gc.threshold(), len(x))
