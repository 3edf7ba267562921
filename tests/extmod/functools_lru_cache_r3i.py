# functools.lru_cache and cache: decorator forms, hits/misses, eviction
# order, cache_info/cache_clear/cache_parameters, keys, methods, errors.
import functools
from functools import lru_cache, cache

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
print(fib.cache_info().hits, fib.cache_info().currsize, fib.cache_info()._fields)

@lru_cache()
def ident(x):
    return x
ident(1); ident(1); ident(2)
print(ident.cache_info(), ident.cache_parameters())

calls = []
@lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x
for v in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    sq(v)
print(calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq(2), sq.cache_info())

@lru_cache(None)
def unbounded(x):
    return [x]
a = unbounded(1)
print(unbounded(1) is a, unbounded.cache_info(), unbounded.cache_parameters())

@lru_cache(maxsize=0)
def nocache(x):
    calls.append(('nc', x))
    return x
calls.clear()
nocache(1); nocache(1)
print(calls, nocache.cache_info())

@lru_cache(maxsize=-5)
def neg(x):
    return x
neg(1); neg(1)
print(neg.cache_info())

@cache
def c(x, y=0, *rest, **kw):
    calls.append((x, y, rest, sorted(kw.items())))
    return x
calls.clear()
c(1); c(1); c(1, 0); c(1, y=0); c(y=0, x=1); c(1, 2, 3); c(1, 2, 3); c(1, k=1); c(1, k=1)
print(len(calls), c.cache_info())

# Keys: 1, 1.0 and True; typed caches keep them apart.
calls.clear()
@lru_cache
def k(x):
    calls.append(x)
    return x
k(1); k(1.0); k(True); k('a'); k('a')
print(calls, k.cache_info())
@lru_cache(typed=True)
def kt(x):
    return type(x).__name__
print(kt(1), kt(1.0), kt(True), kt.cache_info(), kt.cache_parameters())

# Unhashable arguments raise TypeError before a miss is counted.
try:
    k([1])
except TypeError as e:
    print('TypeError', e)
print(k.cache_info())

# Exceptions are not cached.
n = [0]
@lru_cache
def flaky(x):
    n[0] += 1
    if n[0] == 1:
        raise ValueError('first')
    return x
try:
    flaky(1)
except ValueError as e:
    print('ValueError', e)
print(flaky(1), flaky(1), flaky.cache_info())

# Wrapper attributes.
@lru_cache(maxsize=10)
def documented(x):
    "docstring"
    return x
documented.note = 'n'
print(documented.__name__, documented.__doc__, documented.__wrapped__(5), documented.note)
print(type(documented).__name__, callable(documented))

# As a method: self is part of the key.
class P:
    def __init__(self, v):
        self.v = v
    @lru_cache(maxsize=None)
    def value(self, m):
        calls.append(m)
        return self.v * m
    @cache
    def name(self):
        return 'P%d' % self.v
calls.clear()
p1 = P(2)
p2 = P(3)
print(p1.value(10), p1.value(10), p2.value(10), calls, P.value.cache_info())
print(p1.name(), p2.name(), P.name.cache_info().currsize)

# Recursion through the cache with eviction going on.
@lru_cache(maxsize=4)
def tri(n):
    return 0 if n == 0 else n + tri(n - 1)
print(tri(100), tri.cache_info())

# Clearing the cache from inside the cached function.
@lru_cache
def clears(x):
    clears.cache_clear()
    return x
print(clears(1), clears(2), clears.cache_info())

for bad in ['x', 1.5]:
    try:
        lru_cache(bad)
    except TypeError as e:
        print('TypeError', e)
print(lru_cache(maxsize=None)(len)('abc'))
