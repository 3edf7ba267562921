# math.dist reads both points whole (into tuples) and compares their sizes
# before converting any coordinate; math.fsum keeps no zero partials (3.11:
# fsum([-0.0]) is 0.0); math.ldexp takes an int or int subclass only, not an
# object with __index__.
import math


class I(int):
    pass


class X:
    def __index__(self):
        return 3


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: math.dist('1', 2))
t(lambda: math.dist((1,), 2))
t(lambda: math.dist(['a'], (1, 2)))
t(lambda: math.dist([1, 'a'], (1, 2)))
t(lambda: math.dist([1, 'a'], (1, 2, 3)))
t(lambda: math.dist(iter([1]), iter([2])))
t(lambda: math.dist((), []))
t(lambda: math.dist((1, 2, 3), [4, 5, 6]))
t(lambda: math.dist((3, 0), (0, I(4))))
t(lambda: math.dist((float('inf'), float('nan')), (0, 0)))

t(lambda: math.fsum([-0.0]))
t(lambda: math.fsum([-0.0, -0.0]))
t(lambda: math.fsum([0.0, -0.0]))
t(lambda: math.fsum([]))
t(lambda: math.fsum([1, -1]))
t(lambda: math.fsum([1e-16, 1, -1e-16]))
t(lambda: math.fsum([0.1] * 10))
t(lambda: math.fsum([2.0**53, 1.0, 2.0**-100]))
t(lambda: math.fsum([1e308, 1e308]))
t(lambda: math.fsum([float('inf'), 0.0, 1]))

for e in (3, True, I(2), X(), 2**100, -2**100, 1.0, '1', None):
    t(lambda: math.ldexp(1.5, e))
