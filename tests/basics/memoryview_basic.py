# memoryview over bytes and bytearray
b = b'abcdef'
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m), list(m[:3]))
print(bytes(m[1:4]), bytes(m[4:]), bytes(m[2:]) == b'cdef')
ba = bytearray(b'012345')
mv = memoryview(ba)
print(bytes(mv), bytes(mv[1:3]), len(mv[1:3]))
try:
    m[0] = 1
except TypeError:
    print('TypeError: read-only')
print(type(m).__name__, type(m[1:]).__name__)
