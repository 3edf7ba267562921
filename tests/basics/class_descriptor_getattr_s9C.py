# Descriptors: data vs non-data precedence, a __get__ raising AttributeError,
# __set_name__ only at class creation. (A get-only descriptor raising
# AttributeError does not fall back to __getattr__ here: see the README.)
class DataD:
    def __get__(self, i, o): return "data"
    def __set__(self, i, v): print("DataD set", v)
class NonD:
    def __get__(self, i, o): return "nondata"
class SetOnly:
    def __set__(self, i, v): print("SetOnly set", v)
class A:
    d = DataD(); n = NonD(); s = SetOnly()
a = A()
a.__dict__.update(d="inst d", n="inst n", s="inst s")
print(a.d, a.n, a.s)
a.d = 1; a.s = 2; a.n = 3; print(a.n)
print(A.d, A.n, type(A.s).__name__)
# descriptor with __get__ returning based on instance None
class Rev:
    def __get__(self, inst, owner=None):
        return ("class", owner.__name__) if inst is None else ("inst", type(inst).__name__)
class B:
    r = Rev()
class Bsub(B): pass
print(B.r, B().r, Bsub.r, Bsub().r)
# descriptor on metaclass vs class attr
# function as descriptor manually
def fn(self): return "fn", type(self).__name__
bound = fn.__get__(B(), B); print(bound())
class C:
    pass
C.m = fn; print(C().m())
# class-level __getattribute__ not used for special method lookup
class E:
    def __getattribute__(self, n): print("getattribute", n); return object.__getattribute__(self, n)
    def __len__(self): return 1
print(len(E()))
e = E(); e.y = 5; print(e.y)
# property subclass with __set_name__? property with getter only attribute deletion
class F:
    @property
    def p(self): return 1
f = F()
try: f.p = 2
except AttributeError as ex: print("AttributeError")
f.__dict__['p'] = 9; print(f.p)
# staticmethod callable directly (3.10+)
sm = staticmethod(lambda: "called sm"); print(sm())
# classmethod wrapping property (3.9-3.12)
class G:
    @classmethod
    @property
    def cp(cls): return "cp " + cls.__name__
print(G.cp)
# __slots__ with descriptor conflict
try:
    class H:
        __slots__ = ('x',)
        x = 1
except ValueError as ex: print("ValueError", ex)
# __set_name__ on late assignment not called
class SN:
    def __set_name__(self, o, n): print("set_name", n)
class I: pass
I.late = SN(); print("no set_name for late")
I2 = type("I2", (), {"z": SN()})
class Raiser:
    def __get__(self, i, o):
        if i is None: return self
        raise AttributeError("desc")
class F:
    y = Raiser()
try: F().y
except AttributeError as e: print("AttributeError", e)
f = F(); f.__dict__['y'] = "inst"; print(f.y)
class G:
    def __getattr__(self, n): return "G " + n
    @property
    def p(self): raise AttributeError
    def m(self): return "m"
print(G().p, G().m(), G().zz)
class Val:
    def __get__(self, i, o): return 42 if i is not None else "cls"
class J:
    v = Val()
print(J.v, J().v)
j = J(); j.v = 1; print(j.v); del j.v; print(j.v)
