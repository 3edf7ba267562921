# Metaclass hooks: __getattribute__ (with super() and __getattr__ fallback),
# __setattr__/__delattr__, registries, singletons, __prepare__, class keywords.
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class M(type):
    def __setattr__(cls, k, v):
        print('meta setattr', k, v)
        super().__setattr__(k, v)
    def __delattr__(cls, k):
        print('meta delattr', k)
        super().__delattr__(k)
    def __getattribute__(cls, k):
        if k == 'magic': return 42
        return super().__getattribute__(k)
class A(metaclass=M):
    x = 1
A.y = 2
print(A.y, A.magic, A.x)
del A.y
t(lambda: A.y)
class Frozen(type):
    def __setattr__(cls, k, v): raise AttributeError('frozen ' + k)
class F(metaclass=Frozen):
    a = 1
t(lambda: setattr(F, 'a', 2))
print(F.a)
class Reg(type):
    registry = {}
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if bases: mcs.registry[name] = cls
        return cls
class Plugin(metaclass=Reg): pass
class P1(Plugin): pass
class P2(Plugin): pass
print(sorted(Reg.registry))
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class One(metaclass=Singleton):
    def __init__(self): print('init once')
print(One() is One())
class WithSlotsMeta(type):
    def __new__(mcs, name, bases, ns):
        ns['__slots__'] = ('a',)
        return super().__new__(mcs, name, bases, ns)
class WS(metaclass=WithSlotsMeta): pass
w = WS(); w.a = 1
t(lambda: setattr(w, 'b', 1))
class MetaKw(type):
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        cls.opts = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class K(metaclass=MetaKw, a=1, b=2): pass
print(K.opts)
class MetaNoKw(type): pass
def f():
    class K2(metaclass=MetaNoKw, a=1): pass
t(f)
class MP(type):
    def __prepare__(name, bases, **kw):
        return {'from_prepare': True}
class KP(metaclass=MP): pass
print(KP.from_prepare)
print(type(A).__name__, type(A).__mro__[1].__name__, isinstance(A, M), isinstance(A, type), issubclass(M, type))
class MG(type):
    def __getattribute__(cls, k):
        if k == 'boom':
            raise AttributeError('no boom')
        return super().__getattribute__(k)
    def __getattr__(cls, k):
        return 'fallback ' + k
    @property
    def mprop(cls):
        return 'mprop of ' + cls.__name__
    def meth(cls):
        return 'meth of ' + cls.__name__
class G(metaclass=MG):
    a = 1
print(G.a, G.boom, G.other, G.mprop, G.meth())
