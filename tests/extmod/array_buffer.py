# The buffer protocol: bytes(), memoryview, tobytes/frombytes, and arrays
# built from bytes (native byte order is little-endian on the test hosts).
import sys
from array import array as A

if sys.byteorder != 'little':
    print('SKIP')
    raise SystemExit
print(A('h', [1, -2]).tobytes(), bytes(A('H', [1, 2])), bytes(A('b', [-1])), bytearray(A('B', [65, 66])))
print(A('I', b'\x01\x00\x00\x00\x02\x00\x00\x00'), A('d', bytes(8)), A('f', b'\x00\x00\x80\x3f'))
c = A('I')
c.frombytes(b'\x01\x00\x00\x00\x02\x00\x00\x00')
c.frombytes(bytearray(4))
print(c, c.tobytes())
m = memoryview(A('B', [1, 2, 3]))
print(m[0], len(m), bytes(m), m.tobytes())
m2 = memoryview(A('b', [1, 2]))
print(bytes(m2))
a = A('B', [0, 0, 0])
mv = memoryview(a)
mv[1] = 7
print(a)
print(b'x'.join([A('B', [97]), A('B', [98])]))
print(bytes(A('q', [-1])), len(bytes(A('d', [1.0, 2.0]))), A('u', 'ab').tobytes())
