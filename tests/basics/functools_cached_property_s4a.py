from functools import cached_property
import functools
calls = []
class A:
    def __init__(self, x): self.x = x
    @cached_property
    def sq(self):
        """square"""
        calls.append(self.x)
        return self.x * self.x
a = A(3)
print(a.sq, a.sq, calls, a.__dict__)
del a.sq
print(a.sq, calls)
a.sq = 100
print(a.sq)
print(type(A.sq).__name__, A.sq.attrname, A.sq.__doc__, A.sq.func.__name__)
print(isinstance(A.__dict__['sq'], cached_property))
class S:
    __slots__ = ('x',)
    @cached_property
    def c(self): return 1
try:
    S().c
except TypeError as e: print('TypeError', e)
cp = cached_property(lambda self: 1)
class B: pass
B.p = cp
try:
    B().p
except TypeError as e: print('TypeError', e)
try:
    class C:
        a = cp
        b = cp
except (TypeError, RuntimeError) as e: print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
class Sub(cached_property):
    def __get__(self, inst, owner=None):
        r = super().__get__(inst, owner)
        return ('sub', r) if inst is not None else r
class D:
    @Sub
    def v(self): return 7
print(D().v, type(D.v).__name__, D.v.attrname)
class M(type):
    @cached_property
    def meta(cls): return cls.__name__
class E(metaclass=M): pass
try:
    print(E.meta)
except TypeError as e: print('TypeError', e)
print(cached_property[int])
print(functools.cached_property.__module__)
print(cp.__get__(None, B) is cp)
class Dict:
    @cached_property
    def d(self): return {}
x = Dict(); x.d['a'] = 1; print(x.d)
