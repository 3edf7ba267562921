# dict subclasses: __missing__, overridden methods, and which builtins use them
class D(dict):
    def __missing__(self, key):
        return 'missing:' + str(key)
d = D(a=1)
print(d['a'], d['zz'], d.get('zz'), 'zz' in d, len(d))
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for ch in 'abca':
    c[ch] += 1
print(sorted(c.items()))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u['x'] = 1
u.update(y=2)
print(sorted(u.items()), type(u).__name__, isinstance(u, dict))
class G(dict):
    def __getitem__(self, k):
        return 42
g = G(a=1)
print(g['a'], g.get('a'), list(g.values()))
print(repr(D(x=1)), D(x=1) == {'x': 1}, type(D(x=1).copy()).__name__)
