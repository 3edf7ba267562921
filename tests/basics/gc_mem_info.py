# gc.mem_free() and gc.mem_alloc() exist only in MicroPython, so the expected
# output is a hand-written .exp file.
import gc
gc.collect()
free = gc.mem_free()
alloc = gc.mem_alloc()
print(type(free).__name__, type(alloc).__name__, free > 0, alloc > 0)
