# every dict method
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('a', 100), d.setdefault('c', 3), d.setdefault('n'), d)
print(d.pop('n'), d.pop('zz', 'dflt'), d)
try:
    d.pop('zz')
except KeyError:
    print('KeyError pop')
d.update({'d': 4}, e=5)
d.update([('f', 6)])
d.update(g=7)
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'])
print(sorted(d.keys()), sorted(d.values()), sorted(d.items()))
print(dict.fromkeys(['x', 'y']), dict.fromkeys('ab', 0))
c.clear()
print(c, len(c))
try:
    {}.popitem()
except KeyError:
    print('KeyError popitem')
