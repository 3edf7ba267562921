# keys(), values() and items() are live views
d = {'a': 1, 'b': 2}
k, v, i = d.keys(), d.values(), d.items()
print(list(k), list(v), list(i), len(k), len(v), len(i))
d['c'] = 3
print(list(k), list(v), list(i))
print('a' in k, 2 in v, ('b', 2) in i, ('b', 3) in i)
print(type(k).__name__, type(v).__name__, type(i).__name__)
for key, val in d.items():
    print(key, val)
print(sorted(d.keys(), reverse=True), list(reversed(list(d.values()))))
del d['a']
print(list(k), len(i))
