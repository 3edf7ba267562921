# The keys/values/items views of an OrderedDict print as odict_keys(...) &
# co. (those of a plain dict, a dict subclass, Counter and defaultdict as
# dict_keys(...)), and a view's .mapping is the object it was taken from.
from collections import OrderedDict, Counter, defaultdict

od = OrderedDict(a=1, b=2)
print(od.keys(), od.values(), od.items())
print(repr(od.keys()), str(od.items()))
print(od.keys().mapping)
print(Counter("ab").keys().mapping, defaultdict(int, x=1).items().mapping)


class S(OrderedDict):
    pass


class D(dict):
    pass


print(S(x=1).keys(), S(x=1).items().mapping)
print(D(x=1).keys(), D(x=1).values().mapping)
print(Counter("ab").items(), defaultdict(int).keys(), {1: 2}.values())

# Views stay live.
k = od.keys()
od["c"] = 3
print(k, len(k), "c" in k, ("c", 3) in od.items(), 3 in od.values())
od.move_to_end("a")
print(k, list(reversed(k)))
od.move_to_end("a", last=False)
print(list(k), k == {"a", "b", "c"}, sorted(k & {"a", "z"}))
print(OrderedDict.keys(od))
try:
    OrderedDict.keys({})
except TypeError:
    print("TypeError")
e = OrderedDict()
e["r"] = e
print(e, e.items())
