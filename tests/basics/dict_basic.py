# dict creation, lookup, assignment and deletion
d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] = 10
print(d, len(d), d['b'], 'c' in d, 'z' in d, 'z' not in d)
del d['b']
print(d)
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)
print(dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, extra=0))
print(dict(zip('ab', range(2))), {1: 'int', 1.0: 'float', True: 'bool'})
try:
    {[1]: 2}
except TypeError:
    print('TypeError: unhashable key')
print({(1, 2): 'tuple key', None: 'none key', 2 ** 70: 'big'})
