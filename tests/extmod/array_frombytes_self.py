# Extending an array from its own storage (itself or a memoryview of it)
# while it grows: the data is read from where it is after the growth.
# (CPython refuses with BufferError while a buffer is exported; we copy:
# the output below only checks the cases both allow, and that nothing breaks.)
import array

a = array.array('b', [1, 2, 3])
for i in range(6):
    try:
        a.frombytes(a)
    except BufferError:
        pass
print(len(a) in (3, 192), a[:3])
b = array.array('b', [7, 8])
try:
    b.frombytes(memoryview(b))
except (BufferError, TypeError):
    pass
print(b[:2])
b.extend(b)
print(b[-2:], len(b) >= 4)
