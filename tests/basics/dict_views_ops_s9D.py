# dict construction, methods, views and their set operations, ** unpacking
d = {1: 2, 3: 4}
d.clear(); print(d, len(d))
d[5] = 6; print(d)
print(dict(), dict({}), dict(((1, 2), (3, 4))), dict(a=1, b=2), dict({1: 2}, a=3))
print(dict([[1, 2], (3, 4)]))
try: dict([1])
except TypeError: print("TypeError")
try: dict([(1, 2, 3)])
except ValueError: print("ValueError")
try: dict(1, 2)
except TypeError: print("TypeError")
d = {1: 2}; c = d.copy(); c[3] = 4; print(d, c)
d = {1: 2, 3: 4}; del d[1]; print(d)
try: del d[9]
except KeyError as e: print("KeyError", e, e.args)
for i in range(100): d[i] = i
for i in range(100): del d[i]
print(d)
print(dict.fromkeys([1, 2]), dict.fromkeys("ab", 5), sorted(dict.fromkeys(range(3)).items()))
print({}.fromkeys(iter([1])))
d = {1: 2}
print(d.get(1), d.get(2), d.get(2, 3))
try: d.get()
except TypeError: print("TypeError")
d = {1: 2, 3: 4}
print(d.pop(1), d.pop(9, "x"), d)
try: d.pop(9)
except KeyError as e: print("KeyError", e)
d = {1: 2}
print(d.popitem(), d)
try: d.popitem()
except KeyError as e: print("KeyError", e)
d = {}
print(d.setdefault(1), d.setdefault(1, 5), d.setdefault(2, 3), d)
d = {1: 2}
d.update({3: 4}); d.update([(5, 6)]); d.update(a=1); d.update({7: 8}, b=2); print(d)
try: d.update([1])
except TypeError: print("TypeError")
try: d.update(1, 2)
except TypeError: print("TypeError")
d = {1: 2, 3: 4}
print(d | {5: 6}, {5: 6} | d)
d |= {7: 8}; print(d)
d |= [(9, 10)]; print(d)
try: d | [(1, 2)]
except TypeError: print("TypeError")
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
k = d.keys()
print(1 in k, 99 in k, (1, 2) in d.items(), (1, 3) in d.items())
print(k | {100}, k & {1, 3}, k - {1}, k ^ {1, 200})
print({1: 2}.keys() == {1: 3}.keys(), {1:2}.items() == {1:2}.items())
try: d.values() == d.values(); print("ok")
except: print("E")
print(len(k), reversed(d) is not None, list(reversed(d)))
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
try: hash(k)
except TypeError: print("TypeError")
# specialmeth
d = {}
d.__setitem__(1, 2); print(d.__getitem__(1)); d.__delitem__(1); print(d)
print({1: 2} == {1: 2}, {1: 2} != {1: 3}, {1: 2} == 1)
try: {} < {}
except TypeError: print("TypeError")
# iterator mutation
d = {1: 2}
try:
    for k in d: d[k + 10] = 0
except RuntimeError as e: print("RuntimeError", e)
# intern / keys of mixed types
d = {"a": 1, b"a": 2, 1: 3, 1.0: 4, True: 5, (1,): 6}
print(d)
print(dict(zip("abc", range(3))))
# repr recursion
d = {}; d[1] = d; print(d)
class A(dict): pass
a = A(x=1); print(a, type(a).__name__, a.copy(), type(a.copy()))
print(dict.fromkeys.__name__)
d = {i: i for i in range(10)}
print(sorted(d.items())[3:5], d.__contains__(3), d.__len__())
print({**{1: 2}, 3: 4, **{1: 5}})
try: {**[1]}
except TypeError: print("TypeError")
print(dict({1: 2}.items()), dict(iter([(1, 2)])))
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
print(type(iter({})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__)
d = {1: 2, 3: 4}
tests = ["{1, 3} == d.keys()", "d.keys() == {1, 3}", "{1} <= d.keys()", "d.keys() >= {1}", "{1} < d.keys()", "d.keys() > {1}", "frozenset([1, 3]) == d.keys()",
 "{1}.union(d)", "{1}.intersection(d.keys())", "{1}.issubset(d)", "{5}.isdisjoint(d.values())", "set(d.items())", "{(1, 2)} == d.items()", "d.items() == {(1, 2), (3, 4)}",
 "d.keys() | [5]", "[5] | d.keys()", "d.keys() & 'ab'", "(1,) & d.keys()", "d.keys() - d.keys()", "d.keys() ^ d.keys()", "{1} - d.keys()", "{1} ^ d.keys()", "{1} | d.keys()",
 "d.keys() == [1, 3]", "d.keys() != {1}", "d.values() == d.values()", "d.keys().isdisjoint(d)", "d.items().isdisjoint([(1, 2)])", "d.keys() <= d.keys()", "d.items() < {(1, 2), (3, 4), 5}",
 "set(x for x in range(3)).issuperset(x for x in range(2))", "{1}.__eq__([1])", "{1}.__ne__([1])", "set() == frozenset()", "{1}.__le__(d.keys())",
 "s = {1}; s |= d.keys(); sorted(s)", "s = {1, 3}; s &= d.keys(); s", "s = {1, 2}; s -= d.keys(); s", "s = {1, 9}; s ^= d.keys(); sorted(s)",
 "k = d.keys(); k |= {9}; k", "k = d.keys(); k -= {1}; k", "len(d.keys() | d.keys())", "type(d.keys() | {1}).__name__", "type(d.items() & set()).__name__",
 "d.keys() & [[]]", "d.items() & [([], 1)]", "d.items() | [[1]]", "sorted(d.items() ^ {(1, 2), (5, 6)})", "d.keys().mapping", "type(d.values().mapping).__name__",
 "frozenset(d.keys()) | d.keys()", "type(frozenset() | d.keys()).__name__", "d.keys() | frozenset()", "type(d.keys() | frozenset()).__name__"]
for t in tests:
    *pre, last = t.split("; ")
    try:
        for p in pre: exec(p)
        print(t, "->", eval(last))
    except Exception as e:
        print(t, "EXC", type(e).__name__)
def f(*a, **k): return a, k
tests = ["dict(**{1: 2})", "f(**{1: 2})", "dict(a=1, **{'a': 2})", "f(a=1, **{'a': 2})", "f(**{'a': 1}, **{'a': 2})", "dict({'a': 1}, a=2)", "f(**{'a': 1}, b=2)",
 "f(*1)", "f(**1)", "f(**[])", "f(*None)", "dict(**{'x': 1}, y=2)", "{**{'a': 1}, 'a': 2}", "f(*'ab', *b'c')", "f(**collections_od)", "dict(collections_od, z=0)"]
from collections import OrderedDict
collections_od = OrderedDict(b=1, a=2)
for t in tests:
    try: print(t, "->", eval(t))
    except Exception as e: print(t, "EXC", type(e).__name__, e)
