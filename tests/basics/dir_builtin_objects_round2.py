# dir() of built-in objects (public names only: CPython lists more dunders)
def pub(x):
    return [n for n in dir(x) if not n.startswith('_')]
for obj in [[], (), {}, set(), frozenset(), '', bytearray(), 1, 2**70, 1.5, True, None, range(1), slice(1), object(), type, len, [].append, iter([]), zip(), map(abs, []), enumerate([]), {}.keys(), {}.values(), {}.items(), property(), staticmethod(len), classmethod(len), super, Exception(), KeyError(), StopIteration(), SystemExit(), ValueError(1, 2)]:
    print(type(obj).__name__, pub(obj))
def f(): pass
class C:
    a = 1
    def m(self): pass
c = C(); c.z = 0
print(pub(f), pub(C), pub(c), pub(C().m))
class E(Exception):
    def extra(self): pass
print(sorted(set(pub(E)) - {'args'}), sorted(set(pub(E())) - {'args'}))
import math
print([n for n in dir(math) if n in ('pi', 'e', 'sqrt', 'floor', 'inf')], '__name__' in dir(math))
print(dir()[:0], sorted(n for n in dir() if not n.startswith('_')))
