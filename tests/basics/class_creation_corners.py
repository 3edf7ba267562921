# __init_subclass__, __set_name__, __class_getitem__, metaclass descriptors,
# __getattribute__, __dir__, dir() of instances/classes (non-dunder names)
class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, tag))
class A(Base, tag='a'): pass
class B(A): pass
print(Base.subs)
class Named:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return 'got ' + self.name
class C:
    x = Named()
    y = Named()
print(C().x, C.y.name)
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int], G[1, 2])
class Meta(type):
    @property
    def meta_prop(cls):
        return 'mp ' + cls.__name__
    def meta_method(cls):
        return 'mm ' + cls.__name__
class M(metaclass=Meta): pass
print(M.meta_prop, M.meta_method())
print(hasattr(M(), 'meta_method'))
class GA:
    def __init__(self):
        self.real = 1
    def __getattribute__(self, name):
        if name == 'fake':
            return 'fake!'
        return object.__getattribute__(self, name)
g = GA(); print(g.real, g.fake)
try:
    g.missing
except AttributeError:
    print('AttributeError')
class GA2:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return 'fallback ' + name
print(GA2().anything)
class D:
    def __dir__(self):
        return ['z', 'a', 'm']
print(dir(D()))
class E:
    cv = 1
    def meth(self): pass
e = E(); e.iv = 2
print([n for n in dir(e) if not n.startswith('__')])
print([n for n in dir(E) if not n.startswith('__')])
class F(E):
    fv = 3
print([n for n in dir(F) if not n.startswith('__')])
import math
print([n for n in dir(math) if n in ('pi', 'sqrt', 'floor')])
class Desc:
    def __get__(self, o, t): return ('get', o is None, t.__name__)
    def __set__(self, o, v): print('set', v)
    def __delete__(self, o): print('delete')
class H:
    d = Desc()
h = H(); print(h.d, H.d); h.d = 5; del h.d
h.__dict__['d'] = 'inst'
print(h.d)
class NonData:
    def __get__(self, o, t): return 'nd'
class I:
    n = NonData()
i = I(); print(i.n); i.n = 'own'; print(i.n)
class P:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 2
    @v.deleter
    def v(self): print('del v')
p = P(); p.v = 5; print(p.v); del p.v
print(type(M), type(type), type(Meta), isinstance(M, Meta), issubclass(Meta, type))
T = type('T', (object,), {'a': 1, 'f': lambda self: self.a + 1})
print(T().f(), T.__name__, T.__bases__)
class WithNew:
    def __new__(cls, *a):
        print('new', a)
        return super().__new__(cls)
    def __init__(self, *a):
        print('init', a)
WithNew(1, 2)
class NotInit:
    def __new__(cls):
        return 42
print(NotInit())
class Order:
    b = 1
    a = 2
    def c(self): pass
print([k for k in Order.__dict__ if not k.startswith('__')])
# __instancecheck__/__subclasscheck__: inherited hooks, tuples, exact-type shortcut
class CheckMeta(type):
    def __instancecheck__(cls, obj):
        print('instancecheck', cls.__name__)
        return isinstance(obj, int)
    def __subclasscheck__(cls, sub):
        print('subclasscheck', cls.__name__)
        return sub in (int, bool)
class Sub(CheckMeta): pass
class K(metaclass=Sub): pass
print(isinstance(3, K), isinstance('s', K), isinstance(K(), K))
print(isinstance('s', (str, K)), isinstance(2.5, (K, float)))
print(issubclass(bool, K), issubclass(str, (K, str)), issubclass(K, K))
class Plain: pass
print(isinstance(Plain(), Plain), issubclass(Plain, object))
try:
    issubclass(1, Plain)
except TypeError:
    print('TypeError arg 1')
