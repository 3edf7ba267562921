# functools._CacheInfo: the shared namedtuple class CacheInfo that
# cache_info() returns; cache_parameters() as CPython.
import functools
print(functools._CacheInfo, functools._CacheInfo._fields, functools._CacheInfo.__module__)
@functools.lru_cache
def f(x): return x
f(1); f(1); f(2)
i = f.cache_info()
print(i, type(i) is functools._CacheInfo, isinstance(i, tuple))
print(f.cache_parameters())
@functools.lru_cache(maxsize=None, typed=True)
def g(x): return x
g(1)
print(g.cache_info(), g.cache_parameters())
@functools.cache
def h(x): return x
print(h.cache_info(), h.cache_parameters())
print(functools._CacheInfo(1, 2, 3, 4).currsize)
try: functools.nonexistent
except AttributeError as e: print(e)
print(hasattr(functools, '_CacheInfo'))
