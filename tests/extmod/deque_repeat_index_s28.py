# deque repetition takes any __index__ object as its count, as list's does,
# and its errors read as CPython's sequence errors.
from collections import deque


class X:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Plain:
    pass


class R:
    def __rmul__(self, other):
        return 'rmul'


cases = [
    ('deque * X', lambda: deque([1, 2]) * X(2)),
    ('X * deque', lambda: X(3) * deque('a')),
    ('deque * True', lambda: deque([7]) * True),
    ('deque * -1', lambda: deque([7]) * -1),
    ('bounded * X', lambda: deque([1, 2, 3], 4) * X(5)),
    ('deque * float', lambda: deque([1]) * 2.0),
    ('deque * Plain', lambda: deque([1]) * Plain()),
    ('Plain * deque', lambda: Plain() * deque([1])),
    ('deque * R', lambda: deque([1]) * R()),
    ('deque * 2**100', lambda: deque([1]) * 2**100),
    ('deque + list', lambda: deque([1]) + [2]),
    ('deque.__add__(Plain)', lambda: deque([1]).__add__(Plain())),
]
for name, f in cases:
    try:
        print(name, f())
    except (TypeError, OverflowError) as e:
        print(name, type(e).__name__, e)

d = deque([1, 2])
d *= X(2)
print(d)
try:
    d *= 1.5
except TypeError as e:
    print('TypeError', e)
print(d)
