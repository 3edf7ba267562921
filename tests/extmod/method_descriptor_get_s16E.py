# Callables that bind as a def function does share one __get__ (functions,
# slot wrappers, namedtuple's methods): a method bound to the instance, or
# the callable itself when the instance is None.
from collections import namedtuple


def f(self):
    return self


P = namedtuple("P", "x y")
p = P(1, 2)
for fun in (f, P._asdict, int.__add__):
    print(fun.__get__(None, object) is fun)
print(f.__get__(p)() is p)
print(P._asdict.__get__(p, P)())
print(int.__add__.__get__(3)(4), list.__len__.__get__([1, 2], list)())
# staticmethod (and the other wrappers of its layout) call what they wrap.
s = staticmethod(len)
print(s([1, 2, 3]))
