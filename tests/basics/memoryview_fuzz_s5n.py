# memoryview shapes with bad, huge and negative values (found by fuzzing):
# a shape of millions of dimensions made tolist() overflow the C stack.
m = memoryview(bytearray(range(8)))
for nd in (63, 64, 65, 1000):
    try:
        v = m.cast('B', [8] + [1] * (nd - 1))
        print(nd, v.ndim, len(v.tolist()), v == v, len(v.strides))
    except ValueError as e:
        print(nd, 'ValueError', e)
for shape in [(), (0,), (-1, -8), (2, -4), (2**62, 0), (3, 2.0), ('a',), (4, 2), [2, 2, 2], (1, 8, 1)]:
    try:
        v = m.cast('B', shape) if shape != () else m[:1].cast('B', shape)
        print(shape, v.shape, v.strides, v.tolist())
    except (TypeError, ValueError) as e:
        print(shape, type(e).__name__)
v = m.cast('B', (2, 2, 2))
for ix in [(0, 0, 0), (1, 1, 1), (-1, -1, -1), (2, 0, 0), (0, -3, 0), (0, 0), (0, 0, 0, 0), 0, (0, 0, 'x'),
           (slice(None), 0, 0), (slice(None),) * 3, ()]:
    try:
        print(ix, v[ix])
    except (TypeError, IndexError, NotImplementedError, ValueError) as e:
        print(ix, type(e).__name__)
z = m[:1].cast('B', ())
for ix in [(), 0, (0,), slice(None)]:
    try:
        print(ix, z[ix])
    except (TypeError, IndexError) as e:
        print(ix, type(e).__name__)
print(z.tolist(), z.shape, z.strides, z.ndim, len(z))
print(v == m.cast('B', (2, 2, 2)), v == m, v == m.cast('B', (4, 2)), v.tobytes())
