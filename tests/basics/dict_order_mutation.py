# dict insertion order under deletion and reinsertion, equality ignores order
d = {}
for k in 'abcde':
    d[k] = ord(k)
del d['b']
d['b'] = 0
d['a'] = 'updated'
print(list(d), d)
d2 = dict(reversed(list(d.items())))
print(d == d2, list(d2))
for k in list(d):
    if k in 'ace':
        del d[k]
print(d)
d.update([('z', 1), ('b', 2)])
print(list(d.items()))
print(dict.fromkeys('ab', []) , {k: v for k, v in [('x', 1), ('x', 2), ('y', 3)]})
m = dict.fromkeys('xy', [])
m['x'].append(1)
print(m)
print({1: 'a', True: 'b', 1.0: 'c'}, {0: 1, False: 2, 0.0: 3, -0.0: 4})
d = {}
d.setdefault('k', []).append(1)
d.setdefault('k', []).append(2)
print(d, d.setdefault('n'), d)
try:
    {} | [1]
except TypeError:
    print('TypeError')
e = {'a': 1}
e |= [('b', 2)]
print(e)
print(list({3: 1, 1: 2, 2: 3}.keys()), list({'x': 1}.values()), dict(a=1) == dict([('a', 1)]))
