# memoryview indexing errors as CPython raises them, in its order; cast()
# checks the view's layout before the format; f_contiguous of N-D views.
m1 = memoryview(b'abcdef')
m2 = memoryview(b'abcdef').cast('B', (2, 3))
m0 = memoryview(b'abcd').cast('i', ())


class X:
    def __index__(self):
        return 1


for m, keys in ((m1, ((0, 0), (), (1,), (X(),), (slice(1, 2), slice(1, 2)), (slice(1, 2), 1), 1.5, None)),
                (m2, (0, (1, 2), (-1, -1), (X(), X()), (0, 0, 0), (), (1,), (5,), 1.5, None,
                      (slice(None), slice(None)), (slice(1, 2), 0), (0, 1.5), (9, 9))),
                (m0, ((), 0, (0,)))):
    for k in keys:
        try:
            print(m[k])
        except (TypeError, IndexError, NotImplementedError) as e:
            print(type(e).__name__, e)
for shape in ((1, 6), (6, 1), (2, 3)):
    v = memoryview(b'abcdef').cast('B', shape)
    print(shape, v.c_contiguous, v.f_contiguous, v.contiguous)
print(memoryview(b'abcdef')[::2].f_contiguous, memoryview(b'')[::-1].f_contiguous)
for f in (lambda: memoryview(b'abcdef')[::2].cast(1), lambda: memoryview(b'abcdef')[::2].cast('x'),
          lambda: memoryview(b'').cast('B', [0]), lambda: memoryview(b'').cast('B', (2, 3)),
          lambda: memoryview(b'abcdef')[:0].cast('B', (2, 3)), lambda: memoryview(b'').cast('h').tolist()):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
