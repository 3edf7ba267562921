# Class bodies and exec() on odd __prepare__/locals mappings (py/runtime.c
# locals proxy): raising, mutating, re-entrant, gc-collecting, recursive
# mappings; annotations, closures, super(), nested exec/eval, del, import *.
import gc, sys
log = []
class NS(dict):
    def __setitem__(self, k, v):
        gc.collect()
        log.append(('set', k))
        super().__setitem__(k, v)
    def __getitem__(self, k):
        gc.collect()
        return super().__getitem__(k)
    def __delitem__(self, k):
        log.append(('del', k))
        super().__delitem__(k)
class M(type):
    @classmethod
    def __prepare__(m, name, bases, **kw):
        return NS()
class A(metaclass=M):
    x = 1
    y = x + 1
    del x
    z = [i for i in range(3)]
    g = (lambda: y)
    try:
        del nothere
    except NameError as e:
        print('NameError', e)
    l = sorted(locals().keys())
    v = sorted(vars().keys())
    d = sorted(dir())
    f = sorted(sys._getframe().f_locals.keys())
    exec("q = y * 10")
    w = eval("q + 1")
    ann: int = 5
    import os.path
    exec("from math import *")
print(A.y, A.z, A.w, A.q, A.l == A.v, sorted(A.d)[:3], A.__annotations__)
print([k for k in log if k[0]=='del'])
# raising mapping
class Bad:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v):
        if k == 'boom': raise ValueError('set boom')
        self.d[k] = v
    def __getitem__(self, k):
        if k == 'kaboom': raise RuntimeError('get')
        return self.d[k]
    def __delitem__(self, k):
        raise ValueError('del')
class M2(type):
    @classmethod
    def __prepare__(m, name, bases): return Bad()
    def __new__(m, name, bases, ns): return type.__new__(m, name, bases, ns.d)
for src in ['boom = 1', 'kaboom', 'del a', 'a = 1\ndel a', 'print(len)', 'x = 1; print(x)', 'global zz; zz = 3']:
    try:
        exec("class C(metaclass=M2):\n    " + src.replace('\n', '\n    '))
        print('ok', src)
    except Exception as e:
        print(type(e).__name__, e)
# mutating mapping + re-entrant class creation
class Re(dict):
    depth = 0
    def __setitem__(self, k, v):
        if Re.depth < 3:
            Re.depth += 1
            class Inner(metaclass=M3):
                a = 1
            Re.depth -= 1
        self.clear()
        super().__setitem__(k, v)
class M3(type):
    @classmethod
    def __prepare__(m, n, b): return Re()
class R(metaclass=M3):
    a = 1
    b = 2
print(sorted(R.__dict__.keys() - object.__dict__.keys()))
# wrong types
class M4(type):
    @classmethod
    def __prepare__(m, n, b): return 42
try:
    class S(metaclass=M4): pass
except TypeError as e: print('TE', e)
# exec with mapping locals
class L:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
m = L()
try:
    exec("a = 1\nb = a + 1\ndef f(): return b\nc = [a for _ in range(2)]", {}, m)
except NameError as e:
    print('NE', e)
exec("a = 1\nb = a + 1\ndef f(): return b\nc = [1 for _ in range(2)]\ndel a\nimport sys\nd = sorted(locals().d)", {}, m)
print(sorted(m.d), m.d['c'], m.d['d'])
try: exec("f()", {}, m)
except NameError as e: print('NE', e)
print(eval("b * 3", {}, m))
try: exec("x", {}, 5)
except TypeError as e: print('TE', e)

# ---
import gc, sys
# annotations with odd mappings
class AnnNS(dict):
    def __getitem__(self, k):
        if k == '__annotations__':
            raise KeyError(k)
        return super().__getitem__(k)
class MA(type):
    @classmethod
    def __prepare__(m, n, b): return AnnNS()
class A(metaclass=MA):
    x: int = 1
    y: str
print(A.__annotations__)
class AnnBad(dict):
    def __getitem__(self, k):
        if k == '__annotations__':
            raise ValueError('no ann')
        return super().__getitem__(k)
class MB(type):
    @classmethod
    def __prepare__(m, n, b): return AnnBad()
try:
    class B(metaclass=MB):
        x: int = 1
except ValueError as e: print('VE', e)
# annotations dict replaced with non-dict
class AnnWeird(dict):
    def __getitem__(self, k):
        if k == '__annotations__': return 42
        return super().__getitem__(k)
class MC(type):
    @classmethod
    def __prepare__(m, n, b): return AnnWeird()
try:
    class Cc(metaclass=MC):
        x: int = 1
    print('ok')
except TypeError as e: print('TE', e)
# nonlocal/closures inside class bodies with mapping
def outer():
    v = 'cell'
    class K(metaclass=MA):
        w = v
        def m(self): return v
        k = lambda: v
    class K2(metaclass=MB):
        w = v
    return K.w, K().m(), K.k(), K2.w
print(outer())
# class body mapping __getitem__ raising for the closure variable
class RaiseGet(dict):
    def __getitem__(self, k):
        raise RuntimeError('get ' + k)
class MR(type):
    @classmethod
    def __prepare__(m, n, b): return RaiseGet()
def outer2():
    v = 1
    try:
        class K(metaclass=MR):
            w = v
    except RuntimeError as e: print('RE', e)
    try:
        class K(metaclass=MR):
            w = len
    except RuntimeError as e: print('RE', e)
outer2()
# super() and __class__ inside with mapping
class P:
    def f(self): return 'P'
class Q(P, metaclass=MA):
    def f(self): return 'Q' + super().f()
    def g(self): return __class__.__name__
print(Q().f(), Q().g())
# nested exec/eval in class body with mapping and mapping-locals
class E(metaclass=MA):
    exec("a = 1")
    exec("b = a + 1", globals(), locals())
    c = eval("a + b")
    exec("class Inner:\n    z = 5\n")
    exec("del a")
print(E.b, E.c, E.Inner.z, hasattr(E, 'a'))
# mapping that mutates itself heavily
class Grow(dict):
    def __setitem__(self, k, v):
        for i in range(100): super().__setitem__('g%d_%s' % (i, k), i)
        super().__setitem__(k, v)
        gc.collect()
class MG(type):
    @classmethod
    def __prepare__(m, n, b): return Grow()
class Gc(metaclass=MG):
    a = 1
    b = a
print(Gc.b, len([k for k in Gc.__dict__ if k.startswith('g')]))
# __prepare__ returning same mapping twice (shared)
shared = {}
class SharedD(dict): pass
sd = SharedD()
class MS(type):
    @classmethod
    def __prepare__(m, n, b): return sd
class S1(metaclass=MS):
    a = 1
class S2(metaclass=MS):
    b = a
print(S2.b)
# type() on a mapping after
print(type(locals()).__name__)
# exec with non-dict globals
try: exec("x = 1", SharedD())
except Exception as e: print(type(e).__name__)
try: exec("x = 1", {}, 'str')
except Exception as e: print(type(e).__name__, e)
try: exec("x", {}, [1,2])
except Exception as e: print(type(e).__name__, e)
try: exec("del x", {}, [1,2])
except Exception as e: print(type(e).__name__, e)
try: exec("x = 1", {}, (1,))
except Exception as e: print(type(e).__name__, e)
print(eval("x", {}, {'x': 3}), eval("__import__('math').pi > 3", {}, SharedD()))
# recursion inside __getitem__
class Rec(dict):
    def __getitem__(self, k):
        return self[k]
class MRe(type):
    @classmethod
    def __prepare__(m, n, b): return Rec()
try:
    class RR(metaclass=MRe):
        a = b
except RecursionError: print('RecErr')
# ---
import sys, gc  # (part 3)
# match statement, with, for-targets, star-unpack, augmented assign in mapping class body
log = []
class NS(dict):
    def __setitem__(self, k, v): log.append(k); super().__setitem__(k, v)
class M(type):
    @classmethod
    def __prepare__(m, n, b): return NS()
class T(metaclass=M):
    a, *b = range(4)
    a += 10
    for i in range(2): pass
    match (1, 2):
        case (p, q): pass
    class Inner: pass
    import math as mm
    try:
        raise ValueError
    except ValueError as ex:
        pass
    if True:
        def gen():
            yield 1
    w = list(gen())
print(log, T.w, T.a, T.b)
# setrecursionlimit games during class creation
old = sys.getrecursionlimit()
def deep(n):
    if n == 0:
        class Z(metaclass=M):
            v = 1
        return Z.v
    return deep(n - 1)
print(deep(200))
try:
    def inf(n):
        class Z(metaclass=M):
            v = inf(n + 1)
    inf(0)
except RecursionError: print('RecErr')
print(sorted(set(log)) == sorted(set(log)))
