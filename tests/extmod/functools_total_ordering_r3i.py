# functools.total_ordering: each root (__lt__, __le__, __gt__, __ge__),
# NotImplemented propagation, inherited roots, and the error without one.
import functools
from functools import total_ordering

def make(root):
    ns = {}
    exec('''
class T:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, T):
            return NotImplemented
        return self.v == other.v
    def %s(self, other):
        if not isinstance(other, T):
            return NotImplemented
        return self.v %s other.v
    def __repr__(self):
        return 'T(%%d)' %% self.v
''' % (root, {'__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>='}[root]), ns)
    return total_ordering(ns['T'])

for root in ['__lt__', '__le__', '__gt__', '__ge__']:
    T = make(root)
    res = []
    for x in range(3):
        for y in range(3):
            a, b = T(x), T(y)
            res.append((a < b, a <= b, a > b, a >= b))
    ok = all(r == (x < y, x <= y, x > y, x >= y) for r, (x, y) in zip(res, [(x, y) for x in range(3) for y in range(3)]))
    print(root, ok, sorted([T(3), T(1), T(2)]), max(T(1), T(5)), T.__lt__.__name__, T.__ge__.__name__)
    try:
        T(1) < 5
    except TypeError:
        print('TypeError <')
    try:
        T(1) >= 'x'
    except TypeError:
        print('TypeError >=')

# The class's own comparisons are kept; the root is the first of lt, le, gt, ge.
@total_ordering
class Both:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return 'own gt'
    def __le__(self, o):
        return self.v <= o.v
print(Both(1) > Both(2), Both(1) < Both(2), Both(2) >= Both(1), Both(1) <= Both(1))

# A root inherited from a base class counts.
class Base:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __eq__(self, o):
        return self.v == o.v
@total_ordering
class Derived(Base):
    pass
print(Derived(1) <= Derived(1), Derived(2) > Derived(1), Derived(2) >= Derived(3))

# Truthy non-bool results pass through as in CPython's formulas.
@total_ordering
class Odd:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return [1] if self.v < o.v else []
print(Odd(1) <= Odd(2), Odd(2) <= Odd(2), Odd(3) <= Odd(2), Odd(3) > Odd(2), Odd(1) >= Odd(2))

try:
    @total_ordering
    class NoOrder:
        def __eq__(self, o):
            return True
except ValueError as e:
    print('ValueError', e)
print(total_ordering(Derived) is Derived)
