# Counter: counting, most_common, arithmetic
from collections import Counter

c = Counter('abracadabra')
print(c, c['a'], c['zz'], len(c), c.most_common(2), c.most_common(), c.total())
print(sorted(c.elements()), Counter(), Counter({'x': 2}), Counter(a=3, b=1))
c.update('aaz')
c.update({'q': 2})
c.subtract({'b': 1})
c.subtract('r')
print(c)
del c['zz']
del c['q']
print(c, 'q' in c)
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(Counter(['x', 'y', 'x']).most_common(1), Counter(x=-1, y=2).most_common(), list(Counter(x=-1, y=2).elements()))
