# operators/const folding, unpacking, loops with try/finally, walrus, annotations, match
print(1 + 2 * 3, (1 + 2) * 3, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, not 1 == 2, 1 | 2 ^ 3 & 4, 1 << 2 + 1, ~1 + 1, - - 1, + - 1)
print(1 if 0 else 2 if 0 else 3, 1 and 2 or 3, 0 or 0 and 1, not 0 or 0, 7 // 2 * 2 % 5, -7 // 2, -7 % 3, 7 % -3)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1 != 2, 1 < 2 > 1, 1 is 1 is not None)
def f(x): print("f", x); return x
print(f(1) < f(2) < f(0) < f(5))
print(f(3) < f(2) < f(5))
print(1 in [1] in [[1]], 1 not in [2] not in [[1]])
print(2 ** -1, 2 ** 62, 2 ** 64, -(2 ** 63), 1 << 100, (1 << 100) >> 99, 10 ** 20 // 3, -(-5 // 2))
print(0x7fffffffffffffff + 1, -0x8000000000000000 - 1, 123456789 * 987654321, 3 * -(2**62), (-2**62) * 4)
try: 1 // 0
except ZeroDivisionError: print("ZeroDivisionError")
try: 1 % 0
except ZeroDivisionError: print("ZeroDivisionError")
try: 1 << -1
except ValueError: print("ValueError")
try: 1 >> -1
except ValueError: print("ValueError")
try: 0 ** -1
except ZeroDivisionError: print("ZeroDivisionError")
print(True + True, True * 3, -True, ~True, True << 1, 5 & True, True / 2)
print(1 and [], [] or {}, "" or 0 or None, None and 1)
print(not None, not [], not [0])
print(..., Ellipsis, ... is Ellipsis, type(...).__name__, repr(...), str(Ellipsis))
s = slice(1, 2, 3); print(s, s.start, s.stop, s.step, slice(5), slice(1, 2))
print(slice(None, None, -1).indices(10), slice(2, 100).indices(5), slice(-100, -1, 2).indices(7), slice(10, 0, -3).indices(5))
try: slice(0, 1, 0).indices(5)
except ValueError as e: print("ValueError", e)
try: slice(1).indices(-1)
except ValueError as e: print("ValueError", e)
try: slice(1).start = 2
except AttributeError: print("AttributeError")
print(slice(1, 2) == slice(1, 2), slice(1) == slice(None, 1, None))
class I:
    def __getitem__(self, k): return k
i = I()
print(i[1:2], i[::], i[1:2, 3], i[...], i[:, 1], i[1:2:3, ..., ::])
print("\a\b\f\n\r\t\v\\\'\"", "\x41\101\u0041\U00000041\N{LATIN SMALL LETTER A}", "\0", "\01x", "\777")
print(b"\x00\xff\n", r"\n", rb"\n", "a" "b" 'c', b"a" b"b", f"{1}" "x" f"{2}")
print(repr("\x7f\x80\xa0\u2028\ud800"))
print(len("""a
b"""), '''x''', "\
continued")
print(0b101, 0o17, 0xFf, 1_000_000, 0x_f, 1e3, 1E-3, 1.5j, 1_0.5, 0.0, 00, 0e0, 1.)
x = lambda a, b=2, *c, d=4, **e: (a, b, c, d, e)
print(x(1), x(1, 3, 5, d=6, f=7))
def g(a, b=[]): b.append(a); return b
print(g(1), g(2))
v = 1
fl = lambda v=v: v
v = 2
print(fl())
a, *b = [1, 2, 3]; print(a, b)
*a, b = range(3); print(a, b)
a, *b, c = "xy"; print(a, b, c)
(a, b), c = "xy", 3; print(a, b, c)
[a, [b, c]] = 1, (2, 3); print(a, b, c)
for i, (j, *k) in [(1, (2, 3, 4))]: print(i, j, k)
try: a, b = 1, 2, 3
except ValueError as e: print("ValueError", e)
try: a, b, c = 1, 2
except ValueError as e: print("ValueError", e)
try: a, *b, c = [1]
except ValueError as e: print("ValueError", e)
try: a, b = 1
except TypeError as e: print("TypeError", e)
try: a, b = iter([1])
except ValueError as e: print("ValueError", e)
print(*[1, 2], *(3,), *"ab", sep=",")
print([*range(3), *{1: 2}], (*[1],), {*[1, 1]}, {**{1: 2}, **{3: 4}})
def h(*a, **k): return a, k
print(h(*[1], 2, *[3], a=1, **{"b": 2}, c=3, **{"d": 4}))
print(1 in {1: 2}, 2 in {1: 2}, "a" in "abc", "" in "", b"a" in b"ab", 1 in range(3), 3 in (1, 2))
try: 1 in 1
except TypeError as e: print("TypeError")
try: "a" in 1
except TypeError: print("TypeError")
try: 1 in "a"
except TypeError: print("TypeError")
for i in range(3):
    if i == 1: continue
    print(i)
else: print("else")
for i in range(3):
    if i == 1: break
else: print("no")
i = 0
while i < 3:
    i += 1
    if i == 2: break
else: print("no")
while False: pass
else: print("welse")
for x in []: pass
print(type(x).__name__)
for i in range(10, 0, -3): print(i, end=" ")
print()
for i in range(-5): print(i)
if 0: print(0)
elif []: print(1)
elif (): print(2)
else: print("else")
print((y := 5), y)
print([yy := 1, yy + 1])
print([z := i for i in range(3)], z)
def ff():
    [w := i for i in range(2)]
    return w
print(ff())
if (n := len("abc")) > 2: print(n)
while (n := n - 1): print(n)
print({(q := 1): q})
xs: int = 5; print(xs)
def an(a: int, b: "x" = 1) -> list: pass
print(an.__annotations__)
def f():
    return 1 // 0, 1 % 0, 1 << -1, 2 ** -1, 0 ** -1, 1 / 0
try: f()
except ZeroDivisionError: print("ZDE")
print(-(-2 ** 62), 2 ** 62 * 2, (1 << 62) + (1 << 62), -0x4000000000000000 - 0x4000000000000000, ~(2 ** 70), -(2 ** 63) // -1, 1 << 62 << 2)
print(123456789012 * 1000000000, 7 // -2, -7 // 2, 7 % -2, -7 % 2, -7 // -2, -1 >> 100, 1 >> 100, 0 << 1000)
print(True + 1, 1 + True, (1 == 1) + 1, not 1 + 1)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", (1, 2) and 3, () or 4, "" and 5)
if 1 or x: print("short")
if 0 and x: pass
else: print("short2")
print(not 1 or 2, (not 0) and 3, 1 and not 0, [] and [][1], 0 or 1 and 2)
if 0: undefined()
while 0: undefined()
if not 1: undefined()
if (): undefined()
if "": undefined()
print(0 if 0 else 1, "a" if "" else "b", (1 if () else 2))
print(-2 ** 2, (-2) ** 3, 2 ** -2, 10 ** 20, (-10) ** 19, 2 ** 0.5, (-8) ** (1/3))
print(0x7fffffff * 0x7fffffff, -0x80000000 * 0x80000000, 1000000007 ** 3, (1 << 63) - 1, -(1 << 63))
print(~0, ~-1, -~5, +-5, --5, 5 & -1, -5 & 0xff, -1 ^ 5, 5 | -8)
x = 5
print(x if x > 3 else 0, -x ** 2, not x, ~x)
def g():
    if 0: yield 1
print(list(g()), type(g()).__name__)
def h():
    while 1:
        return 7
print(h())
print(__debug__)
assert 1
assert True, "x"
try: assert 0, "msg"
except AssertionError as e: print("AssertionError", e)
try: assert False
except AssertionError as e: print("AssertionError", e.args)
print(1 < 2 == 2, (1 < 2) == 2, 1 is not None, None is None)
print(0.1 + 0.2, 1e16 + 1, 2.0 ** 0.5, 7.0 // 2, -7.0 % 3, 1 / 3)
print("ab" * 3, 3 * "x", "a" + "b", b"x" * 2, (1,) * 2, [0] * 2)
print(len("abc"), "%d" % 5, "%s-%s" % (1, 2))
def f1():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
            print("body", i)
        finally:
            print("fin", i)
    else: print("else")
    return i
print(f1())
def f2():
    for i in range(3):
        try: return i
        finally:
            if i < 2: continue
    return "end"
print(f2())
def f3():
    while True:
        try:
            try: return 1
            finally: print("inner")
        finally:
            print("outer"); break
    return 2
print(f3())
def f4():
    for i in range(2):
        for j in range(2):
            try:
                try: raise ValueError(i, j)
                except ValueError: 
                    if j: break
                    continue
            finally: print("f", i, j)
    return "done"
print(f4())
def f5():
    try:
        for x in range(3):
            with open("/dev/null") as fh:
                if x == 1: return x
    finally: print("f5 fin")
print(f5())
def f6(n):
    out = []
    while n:
        n -= 1
        if n % 2: continue
        out.append(n)
        if n < 3: break
    else: out.append("else")
    return out
print(f6(10), f6(0))
def f7():
    try: 1 / 0
    except ZeroDivisionError:
        for i in range(3):
            try: raise KeyError
            except KeyError: continue
        import sys
        return sys.exc_info()[0].__name__
print(f7())
def f8():
    i = 0
    while i < 5:
        i += 1
        try:
            if i == 3: break
        except: pass
        else: continue
        finally: print("fin8", i)
    return i
print(f8())
def gen():
    for i in range(3):
        try: yield i
        finally: print("gfin", i)
for v in gen():
    if v == 1: break
print("after")
def f9():
    x = 0
    for x in range(3): pass
    del x
    try: return x
    except NameError as e: return "NameError"
    except UnboundLocalError as e: return "ULE"
print(f9())
def f10():
    for i in range(3):
        def g(): return i
        yield g
print([g() for g in f10()], [g() for g in list(f10())])
def f11():
    r = []
    for a, b in zip("ab", range(2)):
        for c in range(b + 1):
            if c: break
            r.append((a, c))
        else: r.append("E")
    return r
print(f11())
def f12():
    for i in range(3):
        try: pass
        finally:
            if i == 1: return "ret%d" % i
print(f12())
def f13():
    try:
        try: raise ValueError
        finally: return "swallow"
    except ValueError: return "no"
print(f13())
def f14():
    for _ in range(2):
        try: raise KeyError
        finally: break
    return "ok14"
print(f14())
def f15(x):
    while x:
        if x > 5: x -= 3; continue
        elif x > 2: x -= 1
        else: break
    return x
print(f15(10))
for x in range(*(1, 3)): print(x)
for x in range(1, *(6, 2)): print(x)
for src in ["range(1, 2, 0)", "range(**{'end': 1})", "range(0, **{'end': 1})", "range(0, 1, **{'step': 1})", "range(end=1)", "range(0, end=1)", "range(start=0, end=1)",
            "range(0, 1, step=1)", "range(0 for i in [])", "range(0, (0 for i in []))", "range(0, 1, (0 for i in []))", "range(1.0)", "range(0, 2.0)", "range('a')",
            "range()", "range(1, 2, 3, 4)", "range(True, 3)", "range(2**70, 2**70 + 2)", "range(3, 0, -1)", "range(-3)", "range(0, 10, 2**70)", "range(*[])", "range(*[3], **{})"]:
    try:
        out = []
        exec("for x in %s: out.append(x)" % src)
        print(src, out)
    except Exception as e: print(src, type(e).__name__)
def f():
    for i in range(3):
        i = 10
        print(i, end=" ")
    print(i)
f()
r = range(3)
for i in r: 
    r = range(100)
print(i)
n = 3
for i in range(n):
    n = 0
print(i)
for i in range(10, 0, -3): print(i, end=",")
print()
for i in range(0, -10, -4): print(i, end=",")
print()
def g():
    for i in range(5):
        if i == 2: return i
print(g())
for i in range(2**62, 2**62 + 2): print(i)
for i in range(-2**63 - 1, -2**63 + 1): print(i)
for i in range(9223372036854775806, 9223372036854775809): print(i)
for i in range(2 ** 61, 2 ** 63, 2 ** 61): print(i)
for i in range(5, 0, -2**62): print(i)
x: int
print("x" in globals())
x: int = 1
print(x)
t: tuple = 1, 2
print(t)
def f():
    x: int
    try: print(x)
    except NameError: print("NameError")
f()
def f():
    x.y: int
    print(x)
f()
def f():
    y: int
    def g(): return y
    y = 5
    return g()
print(f())
class C:
    a: int = 3
    b: str
    print("b" in dir())
print(C.a, hasattr(C, "b"))
def g():
    global gz
    gz = 7
g(); print(gz)
print([(j := i) for i in range(3)], j)
def h():
    [(k := i) for i in range(2)]
    return k
print(h())
def h2():
    k = 9
    def inner():
        [(k := i) for i in range(4)]
        return k
    return inner()
print(h2())
def h3():
    x = 0
    def inc(): nonlocal x; [(x := x + 1) for _ in range(3)]
    inc(); return x
print(h3())
print([y for x in [[1, 2], [3]] for y in x if y != 2], [[j for j in range(i)] for i in range(3)])
print({i: i * i for i in range(3)}, {i % 2 for i in range(5)}, list(i for i in range(2)))
class A:
    v = 2
    l = [i for i in range(v)]
    try: m = [v for i in range(1)]
    except NameError: m = "NameError"
print(A.l, A.m)
def outer():
    n = 3
    return [lambda: n * i for i in range(2)]
print([fn() for fn in outer()])
g = (x for x in range(3))
print(next(g), list(g))
try: [x for x in 1]
except TypeError: print("TypeError")
lst = [1, 2]
g = (x for x in lst); lst = [5]; print(list(g))
print([x for x in range(3) if x if x > 1], [(x, y) for x in range(2) for y in range(x)])
print(sum(x for x in range(4)), max(x * x for x in [-3, 2]))
def gen():
    return 0
print(gen())
y = 10
print([y for y in range(2)], y)
def m(x):
    match x:
        case 0 | 1: return "small"
        case [a, b, *rest] if a == b: return ("pair", a, rest)
        case [a, *_]: return ("seq", a)
        case {"k": v, **kw}: return ("map", v, kw)
        case str() as s: return ("str", s)
        case int(n) if n > 100: return ("big", n)
        case (1, 2) | (3, 4): return "tup"
        case float(): return "float"
        case {"a": 1}: return "a1"
        case None: return "none"
        case True: return "true"
        case -5: return "neg"
        case 1+2j: return "cplx"
        case _: return "other"
for v in [0, 1, [2, 2, 3], [5], [], {"k": 1, "z": 2}, "s", 500, (3, 4), 1.5, None, True, -5, 1+2j, 50, {"a": 1}, b"x", range(3)]:
    print(repr(v), m(v))
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def n(p):
    match p:
        case P(0, y=yy): return ("y-axis", yy)
        case P(x, 0): return ("x-axis", x)
        case P(x=xx, y=yy) if xx == yy: return "diag"
        case P(): return "pt"
        case _: return "no"
for p in [P(0, 3), P(4, 0), P(2, 2), P(1, 2), 5]:
    print(n(p))
import collections
Pt = collections.namedtuple("Pt", "a b")
match Pt(1, 2):
    case Pt(a, b): print("nt", a, b)
match {"x": [1, {"y": 2}]}:
    case {"x": [1, {"y": yy}]}: print("nested", yy)
match [1, [2, 3]]:
    case [x, [y, z]]: print(x, y, z)
match 3:
    case x if x > 5: print("gt")
    case x: print("any", x)
Color = type("Color", (), {"RED": 1})
match 1:
    case Color.RED: print("red")
try:
    match 1:
        case P(1, 2, 3): pass
except TypeError as e: print("TypeError")
match "abc":
    case [*_]: print("seq?")
    case _: print("str not seq")
match {1: 2}:
    case {}: print("empty map pattern matches")
