# dict methods and constructor forms
d = dict(a=1, b=2)
print(d, dict([('x', 1), ['y', 2]]), dict({'k': 'v'}, z=3), dict(zip('ab', range(2))), dict())
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(0)))
print(d.get('a'), d.get('zz'), d.get('zz', 5), d.setdefault('c', 3), d.setdefault('a', 100), d)
print(d.pop('a'), d.pop('nope', 'dflt'), d)
try:
    d.pop('nope')
except KeyError as e:
    print('KeyError', e)
print(d.popitem(), d)
d.update({'x': 1}, y=2); d.update([('z', 3)]); d.update(w=4)
print(d)
try:
    {}.popitem()
except KeyError:
    print('KeyError')
try:
    dict([(1, 2, 3)])
except ValueError:
    print('ValueError')
try:
    dict([1])
except TypeError:
    print('TypeError')
try:
    d[[]] = 1
except TypeError:
    print('TypeError')
print(d.copy() == d, d.copy() is d, len(d), 'x' in d, 1 in d, list(d), list(reversed(d)))
e = {1: 'a'}
print(d | e, e == {1: 'a'}, e != {1: 'b'})
e |= {2: 'b'}
print(e, {1: 2} | {1: 3})
try:
    {} < {}
except TypeError:
    print('TypeError')
print(repr({}), repr({1: {2: {}}}), str({'a': [1, (2,)]}))
print({True: 1, 1.0: 2, 1: 3})
del e[1]
print(e)
try:
    del e['missing']
except KeyError as ex:
    print('KeyError', ex.args)
