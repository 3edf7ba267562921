# __class__ assignment compares where __dict__ was added: a class under a
# __slots__ = () base (ABC, Generic, a plain one) and a plain class differ.
from abc import ABC
from typing import Generic, TypeVar
T = TypeVar('T')
class Plain: pass
class Plain2: pass
class SubPlain(Plain): pass
class A1(ABC): pass
class A2(ABC): pass
class G1(Generic[T]): pass
class G2(Generic[T]): pass
class S0:
    __slots__ = ()
class S1(S0): pass
class Slotted(Plain):
    __slots__ = ()
class Both(A1, Plain): pass
class E1(Exception): pass
class E2(Exception): pass
class L1(list): pass
class L2(list): pass
classes = [Plain, Plain2, SubPlain, A1, A2, G1, G2, S1, Slotted, Both, E1, E2, L1, L2]
for a in classes:
    row = []
    for b in classes:
        o = a()
        try:
            o.__class__ = b
            row.append('.')
        except TypeError:
            row.append('X')
    print(a.__name__.ljust(8), ''.join(row))
# The same for __bases__ assignment.
class K(Plain): pass
for new in ((Plain2,), (A1,), (Plain, A1), (G1,)):
    try:
        K.__bases__ = new
        print('ok', [c.__name__ for c in K.__mro__])
    except TypeError:
        print('TypeError')
    K.__bases__ = (Plain,)
# Over a built-in base its layout decides (exceptions have a __dict__).
class X0(Exception):
    pass
class X6(X0):
    pass
X6.__bases__ = X6.__bases__ + (Plain,)
print([c.__name__ for c in X6.__mro__])
