# Sizes that overflow the allocator's arithmetic raise MemoryError (or
# OverflowError, as CPython for some) instead of allocating a small block.
import itertools

for make in (lambda: (1,) * (2**61), lambda: [None] * (2**61), lambda: itertools.tee([1], 2**62)):
    try:
        make()
        print('no error')
    except (MemoryError, OverflowError):
        print('refused')
