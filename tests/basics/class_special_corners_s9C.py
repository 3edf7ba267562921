# User classes: every operator dunder, reflection, NotImplemented, in-place
# fallback, result type checks, and __set_name__ that mutates its owner.
class A:
    def __init__(self, v): self.v = v
    def __add__(self, o): return A(self.v + (o.v if isinstance(o, A) else o))
    def __radd__(self, o): print("radd"); return A(o + self.v)
    def __iadd__(self, o): self.v += 100; return self
    def __repr__(self): return "A(%r)" % self.v
    def __eq__(self, o): return "eq"
    def __lt__(self, o): return "lt"
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
    def __matmul__(self, o): return "matmul"
    def __rmatmul__(self, o): return "rmatmul"
    def __floordiv__(self, o): return "fd"
    def __rfloordiv__(self, o): return "rfd"
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o): return "rpow"
    def __divmod__(self, o): return "divmod"
    def __rdivmod__(self, o): return "rdivmod"
    def __lshift__(self, o): return "lshift"
    def __rrshift__(self, o): return "rrshift"
    def __and__(self, o): return "and"
    def __rxor__(self, o): return "rxor"
a = A(1)
print(a + 2, 2 + a, a == 3, 3 == a, a < 2, 2 > a, a != 3)
print(-a, +a, ~a, abs(a), a @ 1, 1 @ a, a // 1, 1 // a, a ** 2, 2 ** a, pow(a, 2, 3))
print(divmod(a, 1), divmod(1, a), a << 1, 1 >> a, a & 1, 1 ^ a)
b = a; a += 1; print(a, a is b)
class N:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try: N() + 1
except TypeError as e: print("TypeError", e)
try: 1 + N()
except TypeError as e: print("TypeError", e)
try: N() + N()
except TypeError as e: print("TypeError", e)
try: N() < N()
except TypeError as e: print("TypeError", e)
print(N() == N(), N() != N())
class P:
    def __eq__(self, o): return NotImplemented
p = P(); print(p == p, p == 1, p != p)
class Q:
    def __add__(self, o): return "Q.add"
class R(Q):
    def __radd__(self, o): return "R.radd"
print(Q() + R())
class S(int):
    def __radd__(self, o): return "S.radd"
print(1 + S(2))
class T(int): pass
print(1 + T(2), type(T(2)+1).__name__)
# inplace fallback
class U:
    def __init__(self): self.x = 0
    def __add__(self, o): print("add"); return 7
u = U(); u += 1; print(u)
class V:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "add fallback"
v = V(); v += 1; print(v)
class W:
    def __isub__(self, o): return NotImplemented
try:
    w = W(); w -= 1
except TypeError as e: print("TypeError", e)
# reverse ops with same type not called
class X:
    def __radd__(self, o): return "radd"
try: X() + X()
except TypeError: print("TypeError X+X")
print(1 + X(), [1] + X(), "s" + X())
# comparison reflection
class Y:
    def __gt__(self, o): return "Y.gt"
    def __ge__(self, o): return "Y.ge"
print(1 < Y(), 1 <= Y())
try: Y() < 1
except TypeError as e: print("TypeError", e)
class Z:
    def __bool__(self): return 1
try: bool(Z())
except TypeError as e: print("TypeError", e)
class Z2:
    def __len__(self): return -1
try: len(Z2())
except ValueError as e: print("ValueError", e)
class Z3:
    def __len__(self): return 5
print(bool(Z3()), len(Z3()))
class Z4:
    def __len__(self): return "x"
try: len(Z4())
except TypeError as e: print("TypeError", e)
class Z5:
    def __hash__(self): return "x"
try: hash(Z5())
except TypeError as e: print("TypeError", e)
class Z6:
    def __index__(self): return 3
print([1,2,3,4,5][Z6()], bin(Z6()), range(10)[Z6()], "abcd"[Z6()])
class Z7:
    def __int__(self): return 4
    def __float__(self): return 2.5
    def __complex__(self): return 1j
print(int(Z7()), float(Z7()), complex(Z7()))
class Z8:
    def __str__(self): return 5
try: str(Z8())
except TypeError as e: print("TypeError", e)
class Z9:
    def __repr__(self): return None
try: repr(Z9())
except TypeError as e: print("TypeError", e)
class GetSibling:
    def __set_name__(self, owner, name): print(getattr(owner, name + "_sib"))
class T1:
    desc = GetSibling()
    desc_sib = 111
class SetSibling:
    def __set_name__(self, owner, name): setattr(owner, name + "_sib", 121)
class T2:
    desc = SetSibling()
print(T2.desc_sib)
class DelSibling:
    def __set_name__(self, owner, name): delattr(owner, name + "_sib")
class T3:
    desc = DelSibling()
    desc_sib = 131
print(hasattr(T3, "desc_sib"))
class DelSelf:
    def __set_name__(self, owner, name): delattr(owner, name)
class T4:
    desc = DelSelf()
print(hasattr(T4, "desc"))
class SetSelf:
    def __set_name__(self, owner, name): setattr(owner, name, "new")
class T5:
    desc = SetSelf()
print(T5.desc)
class AddMany:
    def __set_name__(self, owner, name):
        for i in range(60): setattr(owner, "attr_%d" % i, i)
class T6:
    desc = AddMany()
print(T6.attr_59)
class Counter:
    n = 0
    def __set_name__(self, owner, name):
        Counter.n += 1
        for i in range(20): setattr(owner, "c_%d_%s" % (i, name), Counter())
class T7:
    a = Counter()
    b = Counter()
print(Counter.n >= 2)
class RaiseSetName:
    def __set_name__(self, o, n): raise ValueError("sn")
try:
    class T9:
        x = RaiseSetName()
except (ValueError, RuntimeError) as e: print(type(e).__name__)
# builtin functions as class attrs don't bind
class BF:
    f = len
    g = abs
    h = int
print(BF().f([1,2]), BF().g(-1), BF().h("5"))
# instance override of method
class IO:
    def foo(self): return "method"
io = IO(); io.foo = lambda: "inst"; print(io.foo()); del io.foo; print(io.foo())
# __getattr__ corner
class GA:
    def __init__(self): self.a = 1
    def __getattr__(self, n):
        if n == "meth": return lambda x: x * 2
        raise AttributeError(n)
ga = GA(); print(ga.a, ga.meth(3), getattr(ga, "zz", "dflt"), hasattr(ga, "zz"))
class GA2:
    def __getattr__(self, n): return n
print(GA2().hello, GA2().__class__.__name__)
try: GA2().__len__()
except TypeError: print("TypeError")
print(GA2().__eq__ is not None)
try: len(GA2())
except TypeError: print("TypeError len")
class GA3:
    def __getattr__(self, n): raise KeyError(n)
try: GA3().x
except KeyError: print("KeyError from getattr")
try: print(hasattr(GA3(), "x"))
except KeyError: print("hasattr KeyError")
class GA4:
    @property
    def p(self): raise AttributeError("inner")
    def __getattr__(self, n): return "fallback " + n
print(GA4().p)
# __getattribute__
class GB:
    def __getattribute__(self, n):
        if n == "x": return 42
        return object.__getattribute__(self, n)
print(GB().x, GB().__class__.__name__)
# __class_getitem__
class CG:
    def __class_getitem__(cls, item): return ("cgi", item)
print(CG[int])
# __dir__
class DR:
    def __dir__(self): return ["b", "a"]
print(dir(DR()))
# __round__ / __trunc__ / __floor__
class RN:
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
import math
print(round(RN()), round(RN(), 2), math.trunc(RN()), math.floor(RN()), math.ceil(RN()))
# __reversed__, __length_hint__
class RV:
    def __reversed__(self): return iter("cba")
print(list(reversed(RV())))
class SQ:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(SQ())))
# __format__
class FM:
    def __format__(self, spec): return "fmt<" + spec + ">"
print(format(FM(), "x>3"), f"{FM():abc}", "{:q}".format(FM()))
class FM2:
    def __format__(self, spec): return 5
try: format(FM2())
except TypeError: print("TypeError format")
# __bytes__
class BY:
    def __bytes__(self): return b"by"
print(bytes(BY()))
# __iter__ returning non-iterator
class BI:
    def __iter__(self): return 5
try: iter(BI())
except TypeError as e: print("TypeError", e)
class NX:
    def __next__(self): return 1
try: iter(NX())
except TypeError as e: print("TypeError", e)
# __call__ on class via metaclass
class Meta(type):
    def __call__(cls, *a): return ("meta call", a)
class MC(metaclass=Meta): pass
print(MC(1, 2))
