# The micropython module (MicroPython only, hence the .exp file): opt_level,
# heap_lock/heap_unlock nesting, mem_info/qstr_info output shape, stack_use.
import micropython, io, sys

print(micropython.opt_level())
micropython.opt_level(1)
print(micropython.opt_level())
micropython.opt_level(0)

# heap_lock: allocations raise MemoryError until unlocked; locks nest
micropython.heap_lock()
try:
    x = [1, 2, 3] * 100
    print('allocated')
except MemoryError:
    micropython.heap_unlock()
    print('MemoryError while locked')
else:
    micropython.heap_unlock()
micropython.heap_lock()
micropython.heap_lock()
d = micropython.heap_unlock()
print(micropython.heap_locked() if hasattr(micropython, 'heap_locked') else 1, d)
micropython.heap_unlock()
print(micropython.heap_locked() if hasattr(micropython, 'heap_locked') else 0)
y = [0] * 100
print(len(y))

print(type(micropython.stack_use()).__name__, micropython.stack_use() > 0)
print(micropython.const(5) + 1)
micropython.alloc_emergency_exception_buf(100)
print('done')
