# Slicing, slice assignment (array of the same type code) and deletion.
from array import array as A

a = A('i', range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[::-1], a[1:8:3], a[5:2], a[-3:], a[100:])
b = A('i', range(6))
b[1:3] = A('i', [10, 20, 30])
print(b)
b[1:1] = A('i', [7, 8])
print(b)
b[:] = A('i', [1, 2])
print(b)
b[5:] = A('i', [9])
print(b)
c = A('i', range(10))
c[::2] = A('i', [0, 0, 0, 0, 0])
print(c)
c[8:2:-3] = A('i', [-1, -2])
print(c)
del c[1:3]
print(c)
del c[::3]
print(c)
del c[0]
del c[-1]
print(c)
d = A('d', [1.5, 2.5, 3.5])
d[0:2] = d
print(d)
e = A('b', [1, 2, 3])
e[1:2] = A('b')
print(e, len(e))
