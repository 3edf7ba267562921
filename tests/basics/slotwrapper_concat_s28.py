# A built-in sequence's __add__ called directly refuses what it cannot
# concatenate with a TypeError (CPython's sq_concat), even when the other
# operand is an instance of a user class: it never returns NotImplemented
# and never tries the other operand's __radd__. The + operator still does.
from array import array


class S(str):
    pass


class R:
    def __radd__(self, other):
        return 'radd'


class L(list):
    pass


cases = [
    ('list+S', lambda: [].__add__(S('a'))),
    ('list+R', lambda: [1].__add__(R())),
    ('tuple+R', lambda: ().__add__(R())),
    ('str+R', lambda: 'a'.__add__(R())),
    ('bytes+R', lambda: b'a'.__add__(R())),
    ('bytearray+R', lambda: bytearray(b'a').__add__(R())),
    ('array+R', lambda: array('b').__add__(R())),
    ('L+R', lambda: L([1]).__add__(R())),
    ('L+S', lambda: list.__add__(L([1]), S('x'))),
    ('list+list', lambda: [1].__add__([2])),
    ('str+S', lambda: 'a'.__add__(S('b'))),
    ('int+R', lambda: (1).__add__(R())),
    ('float+R', lambda: (1.5).__add__(R())),
    ('operator', lambda: [1] + R()),
    ('str operator', lambda: 'x' + R()),
]
for name, f in cases:
    try:
        print(name, repr(f()))
    except TypeError as e:
        print(name, 'TypeError', e)
