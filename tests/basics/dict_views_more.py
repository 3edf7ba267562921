# dict views
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), 'a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i, list(i))
d['d'] = 4
print(list(k), list(v), len(i))
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(sorted(i & {('a', 1)}), k == {'a', 'b', 'c', 'd'}, k <= {'a', 'b', 'c', 'd', 'e'}, k.isdisjoint({'x'}))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
try:
    k[0]
except TypeError:
    print('TypeError')
print(type(k).__name__, type(v).__name__, type(i).__name__)
it = iter(d)
next(it)
d['e'] = 5
try:
    next(it)
except RuntimeError:
    print('RuntimeError')
print(v == v, list(d.values()) == [1, 2, 3, 4, 5])
