# A partialmethod over a classmethod gives a partial whose __self__ is the
# class (as CPython's, which copies the bound method's __self__); over a
# staticmethod there is no __self__.
import functools
class A:
    @classmethod
    def _cls(cls, *a):
        return cls, a
    cls = functools.partialmethod(_cls, 1)
    stat = functools.partialmethod(staticmethod(lambda *a: a), 2)
    def m(self, *a):
        return a
    meth = functools.partialmethod(m, 3)
a = A()
print(a.cls.__self__ is A, A.cls.__self__ is A, a.cls(5) == (A, (1, 5)))
print(hasattr(a.stat, '__self__'), a.stat(4))
print(a.meth.__self__ is a, hasattr(A.meth, '__self__'), a.meth(9))
