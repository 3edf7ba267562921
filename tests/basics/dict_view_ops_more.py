# dict view membership with unhashables, comparisons, and set operations with lists
d = {'a': 1, 'b': [2]}
print(('b', [2]) in d.items(), ('a', 1) in d.items(), [2] in d.values(), 'a' in d.keys())
try:
    [] in d.keys()
except TypeError:
    print('TypeError')
print(('x', []) in d.items())
k = d.keys()
print(k == {'a', 'b'}, k != {'a'}, k < {'a', 'b', 'c'}, k >= {'a'}, k | ['z'] == {'a', 'b', 'z'}, sorted(k & ['a', 'q']))
print(len(d.items()), {'x': 1}.items() == {('x', 1)})
try: d.items() == {('a', 1), ('b', 2)}
except TypeError as e: print('TypeError', e)
print(sorted(['c'] + list(k)), list(k - ['a']), sorted({1: 0, 2: 0}.keys() ^ {2, 3}))
print(repr({}.keys()), repr({1: 2}.values()), repr({1: 2}.items()), len({}.values()))
try:
    {}.values() == {}.values()
    print('values compare by identity', {}.values() == {}.values())
except TypeError:
    print('TypeError')
