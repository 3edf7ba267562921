class A:
    def who(self): return ['A']
    @classmethod
    def cm(cls): return ['A.cm', cls.__name__]
class B(A):
    def who(self): return ['B'] + super().who()
    @classmethod
    def cm(cls): return ['B.cm'] + super().cm()
class C(A):
    def who(self): return ['C'] + super().who()
    @classmethod
    def cm(cls): return ['C.cm'] + super().cm()
class D(B, C):
    def who(self): return ['D'] + super().who()
print(D().who(), D.cm(), [k.__name__ for k in D.__mro__], [k.__name__ for k in D.mro()])
try:
    class X(A, B): pass
except TypeError:
    print('TypeError MRO')
class E(D):
    def who(self):
        return super(D, self).who()
print(E().who(), super(B, D()).who())
class S:
    def __init__(self, **kw):
        print('S init', kw)
class T(S):
    def __init__(self, t=0, **kw):
        print('T', t)
        super().__init__(**kw)
class U(S):
    def __init__(self, u=0, **kw):
        print('U', u)
        super().__init__(**kw)
class V(T, U):
    pass
V(t=1, u=2)
class P:
    @property
    def p(self): return 'P.p'
class Q(P):
    @property
    def p(self): return 'Q.p+' + super().p
print(Q().p)
class H:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
class H2(H): pass
print(hash(H2()) is not None, H2() == 1)
class H3(H):
    def __eq__(self, o): return False
try:
    hash(H3())
    print('hashable')
except TypeError:
    print('TypeError H3')
def deco(cls):
    cls.added = 'yes'
    return cls
@deco
class Z: pass
print(Z.added)
class Sl:
    __slots__ = ('a',)
class Sl2(Sl):
    __slots__ = ('b',)
s = Sl2(); s.a = 1; s.b = 2; print(s.a, s.b)
try:
    s.c = 3
except AttributeError:
    print('AttributeError slots')
class W1: pass
class W2: pass
w = W1(); w.__class__ = W2; print(type(w).__name__)
class StaticSuper(A):
    @staticmethod
    def sm(): return 'sm'
print(StaticSuper.sm(), StaticSuper().sm())
class Base:
    def __init__(self): self.x = 'base'
class Derived(Base):
    def __init__(self):
        super().__init__()
        self.y = 'derived'
d = Derived(); print(d.x, d.y, isinstance(d, Base), Derived.__bases__[0].__name__, Derived.__base__.__name__)
print(type.__name__, object.__bases__, A.__bases__, D.__bases__ == (B, C))
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns['made_by'] = mcs.__name__
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *a, **k):
        print('Meta.__call__', a)
        return super().__call__(*a, **k)
class WithMeta(metaclass=Meta):
    def __init__(self, v): self.v = v
print(WithMeta.made_by, WithMeta(3).v, type(WithMeta).__name__)
class Child(WithMeta): pass
print(Child.made_by, type(Child).__name__, Child(4).v)
class Prep(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print('prepare', name)
        return {'pre': 1}
class UsesPrep(metaclass=Prep): pass
print(UsesPrep.pre)
