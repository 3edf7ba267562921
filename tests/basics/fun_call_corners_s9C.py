# Calls: defaults, keyword-only, positional-only, * and ** unpacking (also to
# built-ins and bound methods), argument errors, closures and scopes.
def f(a, b=2, *args, c, d=4, **kw): return a, b, args, c, d, kw
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1], **{'c': 9}))
for call in ["f()", "f(1)", "f(1, c=1, a=2)", "f(1, 2, c=3, b=4)", "f(c=1)", "f(1, **{1: 2}, c=3)",
             "f(1, c=3, **{'c': 4})", "f(1, *5, c=2)", "f(1, **5, c=2)", "f(1, **[1], c=2)"]:
    try: print(eval(call))
    except TypeError as e: print(call, "TypeError", e)
def g(a, /, b): return a, b
print(g(1, 2), g(1, b=2))
try: g(a=1, b=2)
except TypeError as e: print("TypeError", e)
def h(*, a): return a
try: h(1)
except TypeError as e: print("TypeError", e)
try: h()
except TypeError as e: print("TypeError", e)
def k(**kw): return kw
print(k(**{'a': 1}, b=2), k(**{'a': 1}, **{'b': 2}))
try: k(**{'a': 1}, **{'a': 2})
except TypeError as e: print("TypeError", e)
try: k(a=1, **{'a': 2})
except TypeError as e: print("TypeError", e)
class M:
    def keys(self): return ['x', 'y']
    def __getitem__(self, k): return k.upper()
print(k(**M()))
from collections import OrderedDict
print(k(**OrderedDict(z=1)))
def va(*a): return a
print(va(*range(3), *"ab", 5), va(*(i for i in range(2))))
def m0(): pass
try: m0(1)
except TypeError as e: print("TypeError", e)
try: m0(x=1)
except TypeError as e: print("TypeError", e)
def m1(x): pass
try: m1()
except TypeError as e: print("TypeError", e)
try: m1(1, 2)
except TypeError as e: print("TypeError", e)
try: m1(y=2)
except TypeError as e: print("TypeError", e)
# defaults evaluated once
def d(x=[]): x.append(1); return x
print(d(), d(), d([]))
print(f.__defaults__, f.__kwdefaults__)
print(f.__name__, f.__qualname__, m0.__doc__, f.__module__)
class C:
    def meth(self): pass
    @staticmethod
    def sm(): pass
    @classmethod
    def cm(cls): pass
print(C.meth.__name__, C().meth.__name__, C.sm.__name__, C.cm.__name__, C.meth.__qualname__)
print(len.__name__, [].append.__name__, str.join.__name__)
print(str(f)[:11], repr(len), repr(C().meth)[:20])
print(C().meth.__self__.__class__.__name__, C().meth.__func__ is C.meth, C.cm.__self__ is C)
print(C().meth == C().meth, C.cm == C.cm)
c = C(); print(c.meth == c.meth, hash(c.meth) == hash(c.meth))
# annotations
def an(a: int, b: "x" = 3) -> list: return a
print(an(1), an.__annotations__)
# globals
print(f.__globals__ is globals())
# closures
def mk():
    x = 1
    def r(): return x
    x = 2
    return r
print(mk()(), mk().__closure__[0].cell_contents if mk().__closure__ else '')
def mk2():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    return [f() for f in fs]
print(mk2())
def mk3():
    def inner(): return y
    try: inner()
    except NameError as e: print(type(e).__name__, e)
    y = 5
    return inner()
print(mk3())
def mk4():
    a = 1
    def inner():
        nonlocal a
        a += 1
        return a
    return inner
i = mk4(); print(i(), i())
# lambda
print((lambda: 1)(), (lambda *a, **k: (a, k))(1, b=2), (lambda x, y=2: x+y)(1))
print((lambda: 0).__name__)
# unbound local
x = 1
def ul():
    print(x)
    x = 2
try: ul()
except UnboundLocalError as e: print("UnboundLocalError", e)
def ul2():
    del y
    y = 1
try: ul2()
except UnboundLocalError as e: print("UnboundLocalError", e)
def ul3():
    z = 1
    def inn(): return z
    del z
    return inn()
try: ul3()
except NameError as e: print(type(e).__name__, e)
def f(a, b, c=3, *args, d=4, **kw): return a, b, c, args, d, kw
class A:
    def m(self, a, b, c=3, *args, d=4, **kw): return a, b, c, args, d, kw
    @staticmethod
    def s(*a, **k): return a, k
    @classmethod
    def c(cls, *a, **k): return cls.__name__, a, k
a = A()
for fn in (f, a.m, A(). m):
    print(fn(*(1, 2), **{'c': 5}), fn(1, *[2, 3, 4], d=6, **{'e': 7}), fn(*range(2), *range(3), **{'x': 1}, **{'y': 2}))
print(A.m(a, *[1], b=2), A.s(*"ab", **{'k': 1}), a.c(*(1,), z=2), A.c(**{}))
print(sorted(*[[3, 1, 2]], key=None, **{'reverse': True}))
print(dict(*[[('a', 1)]], **{'b': 2}), list(*[range(3)]), max(*[1, 5, 2], **{'key': lambda x: -x}))
print("{}-{x}".format(*[1], **{'x': 2}), int(*["11"], **{'base': 2}))
try: f(*[1], **{'a': 2})
except TypeError as e: print("TypeError", e)
try: a.m(1, **{'b': 2, 'self': 3})
except TypeError as e: print("TypeError", e)
try: f(1, 2, **{'d': 1}, d=2)
except TypeError as e: print("TypeError", e)
try: max(**{'key': len})
except TypeError as e: print("TypeError", e)
try: len(**{'obj': 1})
except TypeError as e: print("TypeError", e)
try: [].append(**{'x': 1})
except TypeError as e: print("TypeError", e)
def g(*, a, b): return a, b
print(g(**{'b': 1, 'a': 2}), g(b=1, **{'a': 3}))
# star with generators/iterators of various kinds
print(f(*iter([1, 2])), f(*{1: 'x', 2: 'y'}), f(*"ab"), f(*b"ab"), f(*bytearray(b"ab")), f(*(x for x in (1, 2))))
try: f(*None)
except TypeError as e: print("TypeError", e)
try: f(**None)
except TypeError as e: print("TypeError", e)
try: f(1, 2, **[])
except TypeError as e: print("TypeError", e)
# arg evaluation order
def p(x): print("eval", x); return x
f(p(1), *[p(2)], c=p(3), **{'d': p(4)})
print(f(b=p('b'), a=p('a')))
# many kwargs to builtins via **
print(dict(**{str(i): i for i in range(3)}))
# keyword argument with same name as positional-only
def po(a, /, **kw): return a, kw
print(po(1, a=2))
# method call on instance where attribute is a callable object
class Callable:
    def __call__(self, *a, **k): return "called", a, k
class H: c = Callable()
print(H().c(1, x=2), H.c(*[1]))
x = 0
def f1():
    global x
    x += 1
    def inner():
        global x
        x += 10
    inner()
f1(); print(x)
def f2():
    x = 1
    def a():
        nonlocal x
        x = 2
        def b():
            nonlocal x
            x = 3
        b()
    a()
    return x
print(f2())
def f3():
    v = 1
    def g():
        nonlocal v
        del v
    g()
    try: return v
    except NameError as e: return type(e).__name__
print(f3())
def f4():
    l = [lambda: i for i in range(3)]
    return [f() for f in l]
print(f4())
def f5():
    y = 5
    return [y * i for i in range(3)], {y: i for i in range(1)}, list(y + i for i in range(2))
print(f5())
class C5:
    y = 5
    try: r = [y for _ in range(1)]
    except NameError: r = "NameError"
    s = [i for i in range(y)]
print(C5.r, C5.s)
def f6():
    exec("zz = 5")
    try: return zz
    except NameError: return "NameError"
print(f6())
def f7():
    d = {}
    exec("a = 1\nb = a + 1", globals(), d)
    return d
print(f7())
def f8():
    a = 1
    return eval("a + 1"), eval("a", {"a": 10}), eval("a", None, {"a": 20})
print(f8())
print(eval("x"), eval("__name__"))
def f9():
    global newglobal
    newglobal = "ng"
f9(); print(newglobal)
def f10():
    try:
        unknown_thing
    except NameError as e: return str(e)
print(f10())
def f11():
    print(locals())
    a = 1
    print(sorted(locals()))
f11()
def f12():
    i = "outer"
    [i for i in range(3)]
    return i
print(f12())
def f13():
    (j := 5)
    [k := m for m in range(2)]
    return j, k
print(f13())
def f14(): 
    def g(): return h()
    def h(): return "h"
    return g()
print(f14())
# closure cell sharing between siblings
def f15():
    c = 0
    def inc():
        nonlocal c; c += 1
    def get(): return c
    return inc, get
inc, get = f15(); inc(); inc(); print(get())
# closure over loop var in generator
def f16():
    gens = [(lambda: i) for i in range(2)]
    return [g() for g in gens]
print(f16())
# global declared after use -> SyntaxError
try:
    exec("def bad():\n    q = 1\n    global q\n")
except SyntaxError as e: print("SyntaxError")
try:
    exec("def bad():\n    nonlocal q\n")
except SyntaxError as e: print("SyntaxError nonlocal")
try:
    exec("nonlocal q")
except SyntaxError as e: print("SyntaxError nonlocal module")
try:
    exec("def bad(a):\n    global a\n")
except SyntaxError as e: print("SyntaxError param global")
# __class__ cell
class CC:
    def m(self): return __class__
    @staticmethod
    def s(): return __class__
print(CC().m().__name__, CC.s().__name__)
class CCsub(CC): pass
print(CCsub().m().__name__)
