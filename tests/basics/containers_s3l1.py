# Container details checked against CPython: dict iteration mutation,
# dict.update while the source changes, list/set __init__, set-subclass keys,
# set iterator length hint, slice.indices and range len with huge values.
import sys

d = {0: 0, 1: 1}
try:
    for k in d:
        del d[0]
        d[0] = 0
    print("no error")
except RuntimeError as e:
    print("RuntimeError", e)


class X:
    def __hash__(self):
        return 0

    def __eq__(self, o):
        other.clear()
        return False


other = dict((i, 0) for i in range(1, 50))
other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
    print("no error")
except RuntimeError as e:
    print("RuntimeError", e)

a = [1, 2, 3]
a.__init__()
print(a)
a.__init__("xy")
print(a)
a.__init__(a)
print(a)
try:
    [].__init__(x=1)
except TypeError:
    print("TypeError")


class L(list):
    def __init__(self, arg, extra=None):
        super().__init__(arg)
        self.extra = extra


u = L((4, 5), extra=6)
print(u, u.extra)

s = set("abc")
s.__init__("x")
print(s)
try:
    set().__init__(a=1)
except TypeError:
    print("TypeError")


class SS(set):
    pass


s = {frozenset("ab"), 1}
s.discard(SS("ab"))
print(s)
print(SS("x") in {frozenset("x")})
s = {frozenset("q")}
s.remove(SS("q"))
print(s)

it = iter({1, 2, 3})
print(it.__length_hint__())
next(it)
print(it.__length_hint__())

print(slice(None).indices(2**100))
print(slice(-2**100, 2**100, -3).indices(2**70))
print(slice(2, -1).indices(10))
print(slice(-(2**80), None, 2**90).indices(7))
for bad in (slice(0, 1, 0), slice(1.5, 2)):
    try:
        bad.indices(3)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(len(range(-sys.maxsize, sys.maxsize, 2)) == sys.maxsize)
try:
    len(range(-sys.maxsize, sys.maxsize))
except OverflowError:
    print("OverflowError")
print(list(reversed(range(0, 10, 3))))

# Subclassable iterator types; length hints of reverse and range iterators.
import operator


class E(enumerate):
    pass


e = E("abc", 1)
print(type(e).__name__, list(e), isinstance(e, enumerate))


class Z(zip):
    pass


class M(map):
    pass


class F(filter):
    pass


class R(reversed):
    pass


print(list(Z("ab", "cd")), list(M(str.upper, "ab")), list(F(None, [0, 1, 2])), list(R([1, 2, 3])))
for s in ("hello", tuple("hello"), list("hello"), range(5)):
    r = reversed(s)
    a = operator.length_hint(r)
    list(r)
    print(a, operator.length_hint(r))
it = iter(range(2**70, 2**70 + 7, 3))
print(operator.length_hint(it), next(it) - 2**70, operator.length_hint(it))
it = iter(range(2**70, 2**70 - 7, -3))
print(operator.length_hint(it), next(it) - 2**70, operator.length_hint(it))

# Keys copied from a dict or set into another table are not hashed again.


class HC(int):
    count = 0

    def __hash__(self):
        HC.count += 1
        return int.__hash__(self)


d = dict.fromkeys(map(HC, range(10)))
print(HC.count)
s = set(d)
s.difference(d)
s.symmetric_difference_update(d)
d2 = dict.fromkeys(set(d))
d3 = dict.fromkeys(frozenset(d), 1)
print(HC.count)
print(sorted(d2), sorted(d3.items()), len(s))
g = {"x": 1, "y": 2}
print(dict.fromkeys(g, 0), sorted(dict.fromkeys({"p", "q"})))
print({1, 2, 3}.difference({2: 0}), sorted(set({"a": 1, "b": 2})))
e = {"k": 0}
e.update({HC(5): 1, "z": 2})
print(sorted(e.items(), key=str))

# A single key deleted and re-added while iterating (keys, values, items).
for view in (lambda d: d, dict.values, dict.items):
    d = {0: 0}
    try:
        for x in view(d):
            del d[0]
            d[0] = 0
        print("no error")
    except RuntimeError as e:
        print("RuntimeError", e)
d = dict.fromkeys(range(5))
del d[4]
print(d.popitem(), d.popitem(), d)
d[9] = 1
print(list(d), d.popitem())
