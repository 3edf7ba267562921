# subclassing dict
class Default(dict):
    def __missing__(self, key):
        return 'missing:' + str(key)
d = Default(a=1)
print(d['a'], d['b'], 'b' in d, len(d))
class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
a = Attr(x=1, y=2)
print(a.x, a['y'], sorted(a.keys()), isinstance(a, dict))
a['z'] = 3
print(a.z, list(a.items()))
try:
    a.nope
except AttributeError:
    print('AttributeError')
class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
c = Counter()
for ch in 'banana':
    c.add(ch)
print(c, type(c).__name__)
