# array.array construction, repr, indexing, iteration and len.
import array
from array import array as A

a = A('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], list(a), a.typecode, a.itemsize, type(a).__name__)
for tc in 'bBhHiIlLqQfd':
    x = A(tc, [1, 2, 3])
    print(tc, x, x.itemsize, sum(x), x[1], bool(x), bool(A(tc)))
print(A('d', [1, 2.5, -0.0]), A('f', [0.1, 1e10]), A('b'), A('B', b'\x01\x02'), A('H', range(3)))
print(A('i', (x * x for x in range(4))), A('d', A('i', [1, 2])), A('i', A('i', [5])))
print(A('i', [True, False]), A('q', [2 ** 63 - 1, -2 ** 63]), A('Q', [2 ** 64 - 1]))
a[0] = 10
a[-1] = -30
print(a, [v for v in a], 2 in a, 5 in a, 2.0 in a)
it = iter(A('b', [5, 6]))
print(next(it), next(it), next(it, 'end'))
print(array.typecodes)
