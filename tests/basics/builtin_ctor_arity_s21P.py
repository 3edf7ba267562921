# bytes(), bytearray(), property() and memoryview.tobytes() name themselves in
# their argument-count and keyword errors, as CPython does.
calls = [
    lambda: bytes(1, 2, 3, 4),
    lambda: bytearray(1, 2, 3, 4),
    lambda: property(1, 2, 3, 4, 5),
    lambda: bytes(x=1),
    lambda: bytearray(x=1),
    lambda: property(x=1),
    lambda: bytes('a', 'ascii', 'strict', 'x'),
    lambda: bytes(b'a', 'ascii'),
    lambda: bytes(encoding='ascii'),
    lambda: bytearray(errors='strict'),
    lambda: property(fget=None, doc='d').__doc__,
    lambda: memoryview(b'ab').tobytes(1, 2),
    lambda: memoryview(b'ab').tobytes(x=2),
    lambda: memoryview(b'ab').tobytes(order=None),
]
for c in calls:
    try:
        print(repr(c()))
    except TypeError as e:
        print('TypeError', e)
