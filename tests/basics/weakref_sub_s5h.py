# weakref.ref subclasses with their own __init__, the types' module, obj.__weakref__.
import weakref, gc
class Obj:
    pass
class R(weakref.ref):
    def __init__(self, ob, cb=None, v=1):
        super().__init__(ob, cb)
        self.v = v
o = Obj()
r = R(o, v=2)
print(r() is o, r.v, isinstance(r, weakref.ref))
r2 = R(o)
print(r2.v, r2() is o)
print(weakref.ref, weakref.ref.__module__, weakref.ProxyType.__module__, weakref.CallableProxyType.__module__)
p = Obj()
print(p.__weakref__)
w = weakref.ref(p)
print(p.__weakref__ is w)
class K:
    def __init__(self, x):
        self.x = x
class KR(weakref.ref):
    __slots__ = ('key',)
    def __new__(cls, ob, cb, key):
        self = super().__new__(cls, ob, cb)
        self.key = key
        return self
    def __init__(self, ob, cb, key):
        super().__init__(ob, cb)
k = K(1)
kr = KR(k, None, 'k')
print(kr.key, kr().x)
