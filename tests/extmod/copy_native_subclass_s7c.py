# copy.copy of subclasses of OrderedDict, Counter, defaultdict and deque keeps
# the subclass (copy calls cls.__copy__(x) / the native method through the class)
from collections import OrderedDict, Counter, defaultdict, deque
import copy


class OD(OrderedDict):
    pass


class C(Counter):
    pass


class DD(defaultdict):
    pass


class DQ(deque):
    pass


od = OD(a=1, b=2)
od.tag = "t"
c = copy.copy(od)
print(type(c).__name__, list(c.items()), type(OrderedDict.copy(od)).__name__)
print(type(copy.copy(C("aab"))).__name__, sorted(copy.copy(C("aab")).items()))
d = DD(list, a=[1])
e = copy.copy(d)
print(type(e).__name__, e.default_factory is list, dict(e), e["a"] is d["a"])
q = copy.copy(DQ([1, 2], 5))
print(type(q).__name__, list(q), q.maxlen)
print(type(copy.deepcopy(OD(a=[1]))).__name__)

# methods through the class on a subclass instance
q = DQ([1, 2, 3])
deque.append(q, 4)
print(deque.popleft(q), list(q), deque.__len__(q), type(deque.copy(q)).__name__)
print(list(OrderedDict.keys(od)), OrderedDict.popitem(OD(x=1)))
# a plain dict's methods still give dicts
print(type(dict.copy(od)).__name__, type(dict.copy(DD(int))).__name__)
try:
    OrderedDict.copy({})
except TypeError:
    print("TypeError")
try:
    deque.append([], 1)
except TypeError:
    print("TypeError")
