# copying and pickling subclasses of set, frozenset, bytearray and deque
# keeps both their instance dict and their slots
import copy, pickle
from collections import deque, OrderedDict

class S(set):
    __slots__ = ("x", "__dict__")

class F(frozenset):
    __slots__ = ("x", "y")

class B(bytearray):
    __slots__ = ("x", "__dict__")

class D(deque):
    __slots__ = ("x", "__dict__")

class O(OrderedDict):
    pass

def show(o):
    print(type(o).__name__, sorted(o) if not isinstance(o, (bytearray, deque)) else list(o),
          getattr(o, "x", "-"), getattr(o, "y", "-"), getattr(o, "z", "-"))

s = S([3, 1, 2]); s.x = "sx"; s.z = "sz"
f = F([1, 2]); f.x = "fx"
b = B(b"ab"); b.x = "bx"
d = D([1, 2]); d.x = "dx"; d.z = "dz"
o = O(a=1); o.z = "oz"
for obj in (s, f, b, d, o):
    show(copy.copy(obj))
    show(copy.deepcopy(obj))
    for proto in (0, 2, 4):
        show(pickle.loads(pickle.dumps(obj, proto)))

# without any state the reduction has None
print(S([1]).__reduce__()[2], F([1]).__reduce__()[2])
print(set([1]).__reduce__())
f2 = F([5]); f2.y = 1
print(f2.__reduce__()[1:])
