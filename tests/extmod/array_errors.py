# Errors: bad type codes, wrong item types, out-of-range items, bad
# indices, mismatched operands (type names only).
from array import array as A


def check(f):
    try:
        r = f()
        print('no error', r)
    except Exception as e:
        print(type(e).__name__)


for tc, bad in [('b', 128), ('b', -129), ('B', -1), ('B', 256), ('h', 40000), ('h', -40000), ('H', -1),
                ('H', 65536), ('i', 2 ** 31), ('i', -2 ** 31 - 1), ('I', 2 ** 32), ('I', -1), ('l', 2 ** 63),
                ('q', -2 ** 63 - 1), ('Q', 2 ** 64), ('Q', -1), ('L', -5)]:
    check(lambda: A(tc, [bad]))
print(A('b', [127, -128]), A('B', [255]), A('I', [2 ** 32 - 1]), A('i', [-2 ** 31]))
check(lambda: A('z'))
check(lambda: A(1))
check(lambda: A('ii'))
check(lambda: A())
check(lambda: A('i', 'abc'))
check(lambda: A('i', [1.5]))
check(lambda: A('i', ['1']))
check(lambda: A('d', ['x']))
check(lambda: A('d', [None]))
check(lambda: A('i', b'123'))
check(lambda: A('i', 5))
check(lambda: A('i')[0])
check(lambda: A('i', [1])[1])
check(lambda: A('i', [1])['a'])
check(lambda: A('i').pop())
check(lambda: A('i', [1]).pop(5))
check(lambda: A('i', [1]).remove(5))
check(lambda: A('i', [1]).index(5))
check(lambda: A('i', [1]) + A('d'))
check(lambda: A('i', [1]) + [2])
check(lambda: A('i', [1]) * 1.5)
check(lambda: A('i', [1]).extend(A('d', [1.0])))
check(lambda: A('i', [1]).fromlist((1, 2)))
check(lambda: A('i', [1]).frombytes('ab'))
check(lambda: A('i', [1]).frombytes(b'abc'))
check(lambda: A('i', [1, 2, 3]).__setitem__(slice(0, 3, 2), A('i', [1])))
check(lambda: A('i', [1, 2, 3]).__setitem__(slice(0, 2), [1, 2]))
check(lambda: A('i', [1, 2, 3]).__setitem__(slice(0, 2), A('d', [1, 2])))
check(lambda: A('b', b'\x01').__setitem__(0, 300))
check(lambda: A('i', [1]) < [1])
check(lambda: hash(A('i')))
check(lambda: A('i').tounicode())
a = A('i', [1, 2])
check(lambda: a.fromlist([3, 'x']))
print(a)
