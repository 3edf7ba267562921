# dict | defaultdict/OrderedDict/Counter (reflected |) and the repr of a
# defaultdict whose factory is a bound method of itself.
from collections import defaultdict, OrderedDict, Counter
s = defaultdict(str, {0: "zero", 1: "one"})
i = defaultdict(int, {1: 1, 2: 2})
ds_i = dict(s) | i
print(type(ds_i).__name__, ds_i.default_factory is int, ds_i, list(ds_i))
o = OrderedDict(a=1, b=2)
r = {'b': 0, 'c': 3} | o
print(type(r).__name__, r)
c = Counter('aab')
r = {'z': 1, 'a': 0} | c
print(type(r).__name__, r)
try: [1] | i
except TypeError: print("TypeError")
class sub(defaultdict):
    def __init__(self):
        self.default_factory = self._factory
    def _factory(self):
        return []
d = sub()
print(repr(d).startswith("sub(<bound method"), repr(d).endswith("of sub(..., {})>, {})"))
print(defaultdict(list, {1: 2}))
e = defaultdict(int)
e |= [(1, 'one')]
print(e)
o = OrderedDict()
o |= [('a', 1)]
print(o)
for a, b in (('aa', 'ab'), ('aab', 'bbc')):
    c = Counter(a)
    same = c
    c |= Counter(b)
    print(sorted(c.items()), same is c)
c = Counter('aab')
c |= {'b': 5, 'z': 0, 'q': 2}
print(sorted(c.items()))
