# Slices (step 1) of a multi-dimensional memoryview are views of whole rows,
# and tobytes('F') gives the items in Fortran order.
try:
    memoryview(b'a').cast('B', ())
except (NameError, TypeError):
    print('SKIP')
    raise SystemExit

m2 = memoryview(bytes(range(6))).cast('B', (2, 3))
m3 = memoryview(bytes(range(24))).cast('B', (2, 3, 4))
mw = memoryview(bytearray(range(6))).cast('B', (2, 3))

for v in (m2[1:3], m2[5:], m2[:1], m2[-1:], m2[1:1], m2[:], m3[1:], m3[:1][0:1]):
    print(v.shape, v.strides, v.nbytes, len(v), v.tolist(), v.tobytes(), v.c_contiguous)
print(m2[1:][0, 1], m2[1:].hex(), bytes(m2[1:]), memoryview(m2[1:]).tolist())
print(m2[1:] == memoryview(bytes(range(3, 6))).cast('B', (1, 3)), m2[:1] == m2[1:])
print(m2[1:2].cast('B').tolist(), m2[1:].obj is m2.obj, m2[1:].toreadonly().shape)
mw[1:][0, 2] = 99
print(mw.tolist(), mw[1:].readonly)

for order in ('C', 'F', 'A', None):
    print(order, m2.tobytes(order), m3.tobytes(order), m2[1:].tobytes(order))
print(memoryview(bytes(range(12))).cast('h', (2, 3)).tobytes('F'))
print(m3[1:].tobytes(order='F'), m2[0:0].tobytes('F'))
print(memoryview(b'a').cast('B', ()).tobytes('F'))

for f in (lambda: m2[::0], lambda: m2.tobytes('X'),
          lambda: memoryview(b'a').cast('B', ())[1:]):
    try:
        f()
        print('no error')
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
