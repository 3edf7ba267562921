# defaultdict: default_factory supplies missing values
from collections import defaultdict

d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b']
print(d, d['a'], len(d), d.default_factory, 'c' in d, d.get('c'), sorted(d), isinstance(d, dict))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts), counts['zz'], len(counts))
n = defaultdict(lambda: 'default', {'k': 'v'})
print(n['k'], n['q'], sorted(n.items()))
e = defaultdict()
print(e, e.default_factory)
try:
    e['x']
except KeyError:
    print('KeyError')
e.default_factory = set
e['s'].add(1)
print(e, e.__missing__('t'), sorted(e))
try:
    defaultdict(5)
except TypeError:
    print('TypeError')
print(defaultdict(int, a=1), defaultdict(list, [('x', [1])]), d.copy() == d, type(d.copy()).__name__)
