import functools
class A:
    def f(self, a, b): return ('f', type(self).__name__, a, b)
    g = functools.partialmethod(f, 1)
    @classmethod
    def c(cls, a, b): return ('c', cls.__name__, a, b)
    h = functools.partialmethod(c, 2)
    @staticmethod
    def s(a, b): return ('s', a, b)
    k = functools.partialmethod(s, 3)
a = A()
print(a.g(5))
print(A.g(a, 6))
print(a.h(7), A.h(8))
print(a.k(9), A.k(10))
class B:
    @functools.singledispatchmethod
    @classmethod
    def neg(cls, arg): return 'obj ' + cls.__name__
    @neg.register
    @classmethod
    def _(cls, arg: int): return 'int ' + cls.__name__
print(B.neg(1), B.neg('x'), B().neg(2))
class N:
    @functools.singledispatchmethod
    def neg(self, arg):
        return 'obj'
    @neg.register(int)
    def _(self, arg):
        return -arg
    @neg.register
    def _(self, arg: str):
        return 'str ' + type(self).__name__
print(N().neg(5), N().neg('a'), N().neg([]), N.neg.__name__)
class S:
    @functools.singledispatchmethod
    @staticmethod
    def t(arg): return 'obj'
    @t.register
    @staticmethod
    def _(arg: int): return 'int'
print(S.t(1), S().t('x'), S().t(2))
class P:
    def m(self, *a, **k): return (a, k)
    pm2 = functools.partialmethod(m, 1, k=2)
print(P().pm2(3, j=4), P.pm2(P(), 5))
