# copy/deepcopy of a WeakSet keep a subclass's instance attributes
# and __slots__ values (as CPython's __reduce__ does), with its own items.
# (CPython cannot pickle a WeakSet at all, so pickle is not tested.)
import copy
from weakref import WeakSet

class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n

class WithSlots(WeakSet):
    __slots__ = ("x", "y")

class Sub(WeakSet):
    pass

items = [Obj(i) for i in range(3)]
for cls in (WeakSet, WithSlots, Sub):
    s = cls(items)
    s.x = ["x"]
    s.z = ["z"]
    dup = copy.copy(s)
    print(cls.__name__, type(dup) is cls, dup == s, dup is not s, dup.x is s.x, dup.z is s.z,
          hasattr(dup, "y"), sorted(o.n for o in dup))
    d2 = copy.deepcopy(s)
    print(type(d2) is cls, d2.x == s.x, d2.x is not s.x, hasattr(d2, "y"))

