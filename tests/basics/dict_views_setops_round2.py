d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
print(sorted(k | ['z']), sorted(k & 'ab'), sorted(k - ('a',)), sorted(k ^ ['a', 'z']), sorted(['x'] | k), sorted('ab' & k), sorted(('a',) - k))
print(k == {'a', 'b', 'c'}, k == {'b': 0, 'a': 0, 'c': 0}.keys(), k < {'a', 'b', 'c', 'd'}, k > {'a'}, k <= k, k != set())
it = d.items()
print(sorted(it & {('a', 1), ('b', 5)}), sorted(it - {('a', 1)}), ('a', 1) in it, ('a', 2) in it, (1,) in it, sorted(it | [('z', 0)]))
try:
    {'a': []}.items() & {('a', 1)}
except TypeError:
    print('TypeError unhashable item')
print({'a': []}.items() == {'a': []}.items(), len(k), list(reversed(k)), list(reversed(d.values())), list(reversed(d.items())))
v = d.values()
print(sorted(v), 2 in v, v == v)
try:
    v | {1}
except TypeError:
    print('TypeError values |')
k2 = d.keys(); d['new'] = 0; print(sorted(k2), len(k2))
print(k.isdisjoint(['q']), k.isdisjoint(['a']), it.isdisjoint([('a', 1)]))
print(type(k | set()).__name__, type(k & k).__name__, set(k) == k, frozenset(k) == k)
