# WeakKeyDictionary/WeakValueDictionary keys(), values(), items() and
# __iter__ are generators (CPython 3.11), keyrefs()/valuerefs() lists.
import weakref, types
class C:
    def __init__(self, n): self.n = n
    def __repr__(self): return 'C(%d)' % self.n
    def __lt__(self, o): return self.n < o.n
a, b = C(1), C(2)
d = weakref.WeakKeyDictionary({a: 10, b: 20})
for m in ('keys', 'values', 'items', 'keyrefs', '__iter__'):
    r = getattr(d, m)()
    print('WKD', m, type(r).__name__, isinstance(r, types.GeneratorType))
print(sorted(d.keys()), sorted(d.values()), sorted(d.items()))
print(len(d.keyrefs()), sorted(r() for r in d.keyrefs()))
ks = d.keys()
print(next(ks) in (a, b))
print(hasattr(d, 'iterkeyrefs'), hasattr(d, 'itervaluerefs'))
w = weakref.WeakValueDictionary({1: a, 2: b})
for m in ('keys', 'values', 'items', 'valuerefs', 'itervaluerefs', '__iter__'):
    r = getattr(w, m)()
    print('WVD', m, type(r).__name__, isinstance(r, types.GeneratorType))
print(sorted(w.keys()), sorted(w.values()), sorted(w.items()))
print(sorted(r() for r in w.itervaluerefs()))
print(hasattr(w, 'iterkeyrefs'), hasattr(w, 'keyrefs'))
