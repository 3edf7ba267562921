# proxy |= other is refused (TypeError), not done as proxy = proxy | other,
# which would rebind the name to a new dict; | itself still works.
import types

d = {'a': 1}
mp = types.MappingProxyType(d)
try:
    mp |= {'b': 2}
except TypeError:
    print('TypeError')
print(type(mp).__name__, mp == d, d)

r = mp | {'b': 2}
print(type(r).__name__, sorted(r.items()))
r = {'c': 3} | mp
print(type(r).__name__, sorted(r.items()))

# a class's __dict__ is such a proxy too
class C:
    x = 1
ns = C.__dict__
try:
    ns |= {'y': 2}
except TypeError:
    print('TypeError')
print(type(ns).__name__, hasattr(C, 'y'))
