# super().name(...) inside methods: looked up along the MRO without a super
# object (LOAD_SUPER_METHOD); every form must behave as super() does.
class A:
    def __init__(self, x):
        self.x = x
    def m(self, y):
        return ("A.m", self.x, y)
    @classmethod
    def cm(cls):
        return ("A.cm", cls.__name__)
    @staticmethod
    def sm(a):
        return ("A.sm", a)
    @property
    def p(self):
        return lambda: ("A.p", self.x)
    def __repr__(self):
        return "A(%r)" % self.x
class B(A):
    def __init__(self, x):
        super().__init__(x * 2)
    def m(self, y):
        return ("B.m",) + super().m(y)
    @classmethod
    def cm(cls):
        return ("B.cm",) + super().cm()
    def t(self):
        r = [super().sm(1), super().p(), super().__repr__(), repr(super())[:20]]
        try:
            super().nope()
        except AttributeError as e:
            r.append(str(e))
        try:
            super().__thisclass__()
        except TypeError as e:
            r.append("TypeError")
        r.append(super().__class__.__name__)
        r.append(super().__str__())
        r.append(super().__self_class__.__name__)
        return r
b = B(3)
print(b.m(4), B.cm(), b.t())
def m2(self):
    return super().m(1)
class C(A):
    pass
try:
    C.m(5)
except TypeError as e:
    print("TypeError", e)
class D(A):
    def m(self, y):
        return super().m(y)
try:
    D.m(5, 1)
except TypeError as e:
    print("TypeError", e)
class E(list):
    def append(self, v):
        super().append(v * 10)
    def __len__(self):
        return super().__len__() + 100
e = E(); e.append(2); print(e, len(e))
class G(A):
    def m(self, y):
        super = lambda: 5
        return 1
class H(A):
    def __m(self): return "H.__m"
class I(H):
    def __m(self): return super().__m()
    def go(self): return self.__m()
try:
    print(I(1).go())
except AttributeError as e:
    print("AttributeError", e)
class J(A):
    def m(self, y, *a):
        return super().m(*a), super().m(y=y)
print(J(0).m(1, 2))


# super().m(...) in other places: generator methods, __new__, native bases,
# keyword arguments, diamond inheritance, a method called many times.
class N:
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.a = a
        return o
    def gen(self):
        yield super().__repr__()[:2]
        yield super().__class__.__name__
print(N(1, 2).a, list(N().gen()))
class Dct(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def get(self, k, d=None):
        return ("get", super().get(k, d))
d = Dct()
d["a"] = 1
print(d, d.get("a"), d.get("b", 7), d.get(k="a"))
class Base:
    def f(self, *, kw=0, **more):
        return ["Base", kw, sorted(more)]
class L(Base):
    def f(self, **k):
        return ["L"] + super().f(**k)
class R(Base):
    def f(self, **k):
        return ["R"] + super().f(kw=5)
class LR(L, R):
    def f(self):
        return ["LR"] + super().f(z=1)
print(LR().f(), [c.__name__ for c in LR.__mro__])
class Cnt(A):
    def m(self, y):
        return super().m(y)[2]
c = Cnt(0)
print(sum(c.m(i) for i in range(1000)))
class Outer(A):
    def m(self, y):
        def inner():
            return y + 1
        return super().m(inner())
print(Outer(9).m(1))
class WithSuperArg(A):
    def m(self, y):
        return super(WithSuperArg, self).m(y), super(A, self).__init__ is object.__init__
print(WithSuperArg(2).m(3))


# Two-argument super(type, obj).m(...) takes the same path.
class P:
    def who(self):
        return "P.who"
    @classmethod
    def cwho(cls):
        return "P.cwho " + cls.__name__
class Q(P):
    def who(self):
        return "Q.who"
    @classmethod
    def cwho(cls):
        return "Q.cwho"
q = Q()
print(super(Q, q).who(), super(Q, Q).cwho(), super(Q, q).cwho(), super(P, q).__repr__()[:8])
for bad in ((Q, 1), (1, q), (Q, P), (Q, P())):
    try:
        super(*bad).who()
    except TypeError as e:
        print("TypeError", e)
    try:
        super(bad[0], bad[1]).who()
    except TypeError as e:
        print("TypeError", e)
try:
    super(Q, q).nothing()
except AttributeError as e:
    print("AttributeError", e)
def local_super(o):
    super = lambda a, b: [a.__name__, b]
    return super(Q, o).count(q)
print(local_super(q))
order = []
def note(x):
    order.append(x)
    return x
print(super(note(Q), note(q)).who(), [x is q for x in order])
