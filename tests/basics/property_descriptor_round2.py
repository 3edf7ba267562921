class P:
    def __init__(self): self._x = 0
    def getx(self): return self._x
    def setx(self, v): self._x = v
    x = property(getx, setx, None, 'doc of x')
    ro = property(lambda self: 'ro')
print(P.x.__doc__, P().x, P.x.fget is P.getx, P.x.fset is P.setx, P.x.fdel, type(P.x).__name__)
p = P(); p.x = 3; print(p.x)
try:
    p.ro = 1
except AttributeError as e:
    print('AttributeError set ro')
try:
    del p.x
except AttributeError:
    print('AttributeError del')
class Q(P):
    x = P.x.setter(lambda self, v: setattr(self, '_x', v * 10))
q = Q(); q.x = 2; print(q.x)
class R:
    @property
    def a(self):
        'adoc'
        return 1
print(R.a.__doc__, isinstance(R.a, property), R().a)
prop = property()
try:
    prop.__get__(1)
except AttributeError:
    print('AttributeError unreadable')
class CachedDesc:
    def __init__(self, f): self.f = f; self.name = f.__name__
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.f(obj); obj.__dict__[self.name] = v; return v
class U:
    calls = 0
    @CachedDesc
    def val(self):
        U.calls += 1
        return 'computed'
u = U(); print(u.val, u.val, U.calls, type(U.val).__name__)
class SM:
    @staticmethod
    def s(): return 's'
    @classmethod
    def c(cls): return cls.__name__
print(type(SM.__dict__['s']).__name__, type(SM.__dict__['c']).__name__, SM.__dict__['s'].__func__(), SM.__dict__['c'].__func__(SM))
sm = staticmethod(len); print(sm.__func__ is len)
