# containers subclassed: methods that return base types, equality and repr
class D(dict):
    pass
d = D(a=1)
print(d, repr(d), type(d.copy()).__name__, type(d | {}).__name__, d == {'a': 1})
print(type(dict(d)).__name__, list(d.items()), D.fromkeys('ab', 0), type(D.fromkeys('a')).__name__)
class L(list):
    pass
l = L([3, 1, 2])
l.sort()
print(l, type(l).__name__, type(l[:]).__name__, type(l + l).__name__, type(l * 2).__name__, l == [1, 2, 3], [1, 2, 3] == l)
l += [4]
print(l, type(l).__name__)
class T(tuple):
    pass
t = T((1, 2))
print(t, type(t[:]).__name__, type(t + t).__name__, t == (1, 2), hash(t) == hash((1, 2)))
class St(set):
    pass
s = St([1, 2])
print(sorted(s), type(s | {3}).__name__, type(s.copy()).__name__, s == {1, 2}, type(s - s).__name__)
class FS(frozenset):
    pass
print(type(FS([1]) | {2}).__name__, FS([1]) == frozenset([1]), hash(FS([1])) == hash(frozenset([1])))
