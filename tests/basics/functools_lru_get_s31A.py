# A cached function is a descriptor like a plain function: __get__ binds it
# (decorators that delegate binding call it explicitly).
import functools


class A:
    @functools.lru_cache
    def f(self, x):
        return x * 2


a = A()
print(a.f(2), A.f.__get__(a, A)(3), A.f.__get__(a)(4))
print(A.f.__get__(None, A) is A.f)
print(A.f.cache_info().misses)


class Delegate:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, objtype=None):
        return self.fn.__get__(obj, objtype)


class B:
    @Delegate
    @functools.cache
    def g(self, y):
        return (type(self).__name__, y)


print(B().g(1), B().g(1))
print(hasattr(type(A.__dict__["f"]), "__get__"))
