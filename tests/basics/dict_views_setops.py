# keys and items views support set operations
a = {'x': 1, 'y': 2, 'z': 3}
b = {'y': 20, 'z': 3, 'w': 4}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()))
print(sorted(a.keys() ^ b.keys()), sorted(a.items() & b.items()))
print(a.keys() == {'x', 'y', 'z'}, a.keys() <= {'x', 'y', 'z', 'q'})
print(sorted(a.keys() & ['x', 'q']))
