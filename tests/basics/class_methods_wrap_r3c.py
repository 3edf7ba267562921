# classmethod/staticmethod/property objects: binding, attributes, classmethod(property).
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class C:
    @classmethod
    @property
    def cp(cls): return 'cp ' + cls.__name__
    @staticmethod
    def sm(): return 'sm'
    @classmethod
    def cm(cls): return cls
t(lambda: C.cp)
t(lambda: C().cp)
print(C.sm(), C().sm(), C.__dict__['sm'](), callable(C.__dict__['sm']))
print(C.cm() is C, C().cm() is C)
class D(C): pass
print(D.cm() is D, D().cm() is D)
bound = C.cm
print(bound.__self__ is C, bound.__func__.__name__, bound.__name__, bound.__qualname__)
t(lambda: C.__dict__['cm']())
print(repr(C.__dict__['sm'])[:25], repr(C.__dict__['cm'])[:24])
sm = staticmethod(lambda x: x)
print(sm.__func__(3), sm(4))
cm = classmethod(lambda c: c)
t(lambda: cm.__get__(None, int)())
t(lambda: staticmethod(1).__func__)
t(lambda: classmethod(1).__get__(None, int)())
class E:
    f = staticmethod(len)
    g = classmethod(lambda cls, x: (cls.__name__, x))
print(E.f('ab'), E().f('abc'), E.g(1), E().g(2))
class P:
    def _get(self): return 'got'
    p = property(_get, doc='pdoc')
    q = property(_get)
print(P.p.__doc__, P.q.__doc__, P().p, P.p.fget is P._get, P.p.fset, P.p.fdel)
p2 = P.p.setter(lambda s, v: None)
print(p2 is P.p, p2.__doc__, p2.fget is P._get)
t(lambda: property(1).__get__(P()))
t(lambda: property(None).__get__(P()))
class Q:
    @property
    def r(self): "rdoc"; return 1
print(Q.r.__doc__, Q().r)
