# MicroPython's extra array type codes: 'O' (any object) and 'P' (an unsigned
# pointer-sized int). CPython has neither, hence the .exp file.
import array, gc

a = array.array('O')
a.append(1)
print(a[0])
a = array.array('P')
a.append(1)
print(a[0])

# Objects stay alive while only the array holds them (the GC scans it).
a = array.array('O', [1, 'x', None, [2]])
for i in range(300):
    a.append(str(i) * 3)
gc.collect()
junk = [[i] * 8 for i in range(300)]
gc.collect()
print(len(a), a[:4], a[-1], a.count(None), a.index('x'), 'x' in a, [2] in a)
a[0:4] = array.array('O', ['q'])
del a[4:]
print(a, a * 2, a + a)
a.reverse()
print(a, a.pop(), a.tolist())
b = array.array('O', range(3))
b.extend(b)
b.extend([9])
print(b, array.array('i', b), array.array('O', array.array('h', [7, 8])))

# The raw bytes of an object array (pointers) can be neither read nor set.
for f in (lambda: a.tobytes(), lambda: a.frombytes(b'12345678'), lambda: memoryview(a),
          lambda: array.array('O', b'12345678'), lambda: a.byteswap(), lambda: hash(a)):
    try:
        f()
    except TypeError:
        print('TypeError')

p = array.array('P', [2 ** 64 - 1, 0])
print(p, p.itemsize, bytes(p)[:9], memoryview(p)[0])
try:
    array.array('P', [-1])
except OverflowError:
    print('OverflowError')
