# Calling a sequence's __mul__/__rmul__/__imul__ directly takes an index only:
# CPython's repeat wrapper raises "'X' object cannot be interpreted as an
# integer" there, while the * operator says "can't multiply sequence".
import array


class Ix:
    def __index__(self):
        return 2


calls = [
    lambda: [1].__mul__('a'),
    lambda: [1].__mul__(Ix()),
    lambda: [1].__mul__(True),
    lambda: [1].__rmul__(2.5),
    lambda: [1].__imul__(None),
    lambda: [1].__imul__(2),
    lambda: (1,).__mul__([]),
    lambda: 'a'.__mul__('a'),
    lambda: 'a'.__rmul__(3),
    lambda: b'a'.__mul__(b''),
    lambda: bytearray(b'a').__imul__(2),
    lambda: bytearray(b'a').__imul__(1.5),
    lambda: array.array('b', [1]).__mul__('a'),
    lambda: (5).__mul__('a'),
    lambda: (1.5).__mul__('a'),
    lambda: (1j).__rmul__([1]),
    lambda: [1] * 'a',
    lambda: 'a' * 'a',
    lambda: 2.5 * b'a',
]
for c in calls:
    try:
        print(repr(c()))
    except TypeError as e:
        print('TypeError', e)
