# super(): zero-arg forms, in class/static methods, closures, multiple
# inheritance, and super() calls to built-in base dunders.
class A:
    x = 10
    def __init__(self): self.val = 4
    def foo(self): return list(range(self.val))
    @classmethod
    def cm(cls): return "A.cm " + cls.__name__
    @staticmethod
    def sm(): return "A.sm"
    @property
    def p(self): return "A.p"
class B(A):
    def foo(self): return [self.bar(i) for i in super().foo()]
    def bar(self, x): return 2 * x
    def g(self):
        super = [1, 2]; super.pop(); return super
    @classmethod
    def cm(cls): return "B " + super().cm()
    def attrs(self): return super().x, super().sm(), super().p, super().cm()
    def clos(self):
        def f(): return __class__
        return f()
print(A().foo(), B().foo(), B().g(), B.cm(), B().cm(), B().attrs(), B().clos().__name__)
print(super(B, B()).foo(), super(B, B).cm(), super(B, B()).x)
try: super(B, B()).nonexist
except AttributeError as e: print("AttributeError")
try:
    s = super(B, B()); s.y = 5
except AttributeError as e: print("AttributeError set")
try: super(B, 5)
except TypeError as e: print("TypeError super")
def nosuper(): return super()
try: nosuper()
except RuntimeError as e: print("RuntimeError", e)
class Base:
    def __init__(self): super().__init__(); print("Base.init")
Base()
class MA:
    def foo(self): print("MA.foo"); 
class MB(MA):
    def foo(self): print("MB.foo"); super().foo()
class MC(MA):
    def foo(self): print("MC.foo"); super().foo()
class MD(MB, MC):
    def foo(self): print("MD.foo"); super().foo()
MD().foo()
print([c.__name__ for c in MD.__mro__])
print(repr(super(B, B()))[:14])
class E(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
    def __getitem__(self, k): return super().__getitem__(k) + 1
e = E(); e['a'] = 1; print(e['a'], dict(e))
class G(Exception):
    def __str__(self): return "G:" + super().__str__()
print(str(G(1)))
class H:
    def __init_subclass__(cls, **kw): print("init_subclass", cls.__name__, kw)
class H2(H, k=1): pass
class SMeta(type):
    def __new__(m, n, b, d): print("meta new", n); return super().__new__(m, n, b, d)
class SM(metaclass=SMeta): pass
print(type(SM).__name__)
# super in __new__
class N:
    def __new__(cls, *a): return super().__new__(cls)
    def __init__(self, v): self.v = v
print(N(3).v)
# classmethod/staticmethod objects
sm = staticmethod(lambda: 1); cm = classmethod(lambda c: c)
print(type(sm).__name__, type(cm).__name__, sm.__func__(), cm.__func__(5))
class P:
    f = sm
    g = cm
print(P.f(), P().f(), P.g().__name__, P().g().__name__)
print(A.__dict__['sm'].__class__.__name__)
class Q:
    @staticmethod
    def s(x): return x
print(Q.s(1), Q().s(2))
try: Q.s()
except TypeError: print("TypeError s")
# property
class R:
    def __init__(self): self._x = 1
    @property
    def x(self): "doc x"; return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): print("deleter"); del self._x
r = R(); r.x = 5; print(r.x); del r.x; print(hasattr(r, '_x'))
print(R.x.__doc__, type(R.x).__name__, R.x.fget.__name__)
class R2:
    x = property(lambda s: 1)
try: R2().x = 2
except AttributeError as e: print("AttributeError", e)
try: del R2().x
except AttributeError as e: print("AttributeError", e)
p = property(); 
try: p.__get__(1)
except AttributeError as e: print("AttributeError", e)
print(p.fget, p.fset, p.fdel)
p2 = property(None, None, None, "d"); print(p2.__doc__)
class T:
    def __eq__(self, o): print("T.eq"); return super().__eq__(o)
    def __ne__(self, o): print("T.ne"); return super().__ne__(o)
    def __hash__(self): return super().__hash__() * 0 + 7
    def __repr__(self): return "R" + super().__repr__()[:10]
    def __str__(self): return "S" + super().__str__()[:3]
    def __format__(self, s): return "F" + super().__format__(s)[:3]
    def __setattr__(self, n, v): super().__setattr__(n, v)
    def __getattribute__(self, n): return super().__getattribute__(n)
    def __delattr__(self, n): super().__delattr__(n)
    def __dir__(self): return super().__dir__()
    def __lt__(self, o): return super().__lt__(o)
    def __init_subclass__(cls): super().__init_subclass__()
    def __reduce_ex__(self, p): return super().__reduce_ex__(p)
    def __sizeof__(self): return super().__sizeof__()
t = T()
print(t == 1, t != 1, t == t, t != t, hash(t), repr(t), str(t), format(t, ""), t.__lt__(1))
t.x = 1; print(t.x); del t.x; print("x" in dir(t), "__class__" in dir(t))
print(object.__eq__(t, t), object.__ne__(t, 1), object.__lt__(t, 1), object.__ge__(t, 1))
class U(T): pass
print(U() == 2)
class N:
    def __new__(cls): return super().__new__(cls)
    def __init__(self): super().__init__()
print(type(N()).__name__)
class L(list):
    def __init__(self, *a): super().__init__(*a); print("L init", self)
    def __eq__(self, o): return super().__eq__(o)
    def __len__(self): return super().__len__() + 100
    def __getitem__(self, i): return super().__getitem__(i) * 10
    def __iter__(self): return super().__iter__()
    def __contains__(self, x): return super().__contains__(x)
    def __add__(self, o): return L(super().__add__(o))
    def __iadd__(self, o): return super().__iadd__(o)
    def __repr__(self): return "L" + super().__repr__()
l = L([1, 2]); print(l == [1, 2], len(l), l[0], list(l), 2 in l, l + [3]); l += [4]; print(l, type(l).__name__)
print(l.__eq__([1, 2, 4]), l.__ne__(5), [].__eq__(5), (1).__eq__(1.0), (1).__eq__("a"), "a".__ne__("a"))
class D(dict):
    def __init__(self, **k): super().__init__(**k)
    def keys(self): return super().keys()
print(D(a=1), D(a=1).keys())
class I(int):
    def __add__(self, o): return I(super().__add__(o))
    def __repr__(self): return "I(" + super().__repr__() + ")"
    def __hash__(self): return super().__hash__()
    def __bool__(self): return super().__bool__()
    def __neg__(self): return super().__neg__()
    def __lt__(self, o): return super().__lt__(o)
print(I(1) + 2, hash(I(5)), bool(I(0)), -I(3), I(1) < 2, I(1).__lt__(1.5), (5).__lt__("a"))
class S(str):
    def __getitem__(self, i): return super().__getitem__(i) * 2
    def __mod__(self, a): return "mod:" + super().__mod__(a)
    def __contains__(self, x): return super().__contains__(x)
print(S("abc")[1], S("%d") % 5, "b" in S("abc"))
class E(Exception):
    def __init__(self, *a): super().__init__(*a, "extra")
    def __str__(self): return "E:" + super().__str__()
    def __repr__(self): return "E:" + super().__repr__()
print(E(1), repr(E()), E(1).args)
class TT(tuple):
    def __getitem__(self, i): return super().__getitem__(i) + 1
    def __hash__(self): return super().__hash__()
print(TT((1, 2))[0], hash(TT((1,))) == hash((1,)))
