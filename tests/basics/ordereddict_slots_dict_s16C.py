# A subclass of OrderedDict or Counter that defines __slots__ still has a
# __dict__ (the base types have one, as in CPython), so its instances take
# other attributes, and copy/deepcopy/pickle keep both kinds.
import copy
import pickle
from collections import OrderedDict, Counter


class OD(OrderedDict):
    __slots__ = ("x", "y")


od = OD([("c", 1), ("b", 2)])
od.x = ["x"]
od.z = ["z"]
print(od.__dict__, od.x, hasattr(od, "y"))
dup = copy.copy(od)
print(dup, dup.x is od.x, dup.z is od.z, hasattr(dup, "y"))
dup = copy.deepcopy(od)
print(dup, dup.x == od.x, dup.x is od.x, dup.z == od.z, dup.z is od.z)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    dup = pickle.loads(pickle.dumps(od, proto))
    print(proto, dup, dup.x, dup.z)
print(od.copy(), type(od.copy()).__name__)


class C(Counter):
    __slots__ = ("tag",)


c = C("abca")
c.tag = 1
c.note = "n"
print(c, c.tag, c.__dict__)


class Plain(dict):
    __slots__ = ("x",)


p = Plain()
try:
    p.z = 1
except AttributeError:
    print("dict subclass with __slots__: no __dict__")
