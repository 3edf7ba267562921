# str-key interning, cross-type hashing, walrus scoping, namedtuple, 3.11 syntax, big slice bounds, sort stability
di = {"key1": "value", "x" * 50: 2, "": 3, "é": 4}
k2 = "key" + "1"
print(k2 in di, "".join(["k", "e", "y", "1"]) in di, b"key1".decode() in di, "akey1"[1:] in di, str(b"key1", "ascii") in di, "KEY1".lower() in di, "%s%d" % ("key", 1) in di, f"key{1}" in di)
print(("x" * 25 + "x" * 25) in di, "".join([]) in di, "e\u0301" in di, "\xe9" in di, bytes("é", "utf8").decode() in di)
d = {}
for i in range(100): d["k%d" % i] = i
print(all(d["k" + str(i)] == i for i in range(100)), d.get("k" + "99"), "k100" in d)
class S(str): pass
print(S("key1") in di, di[S("key1")])
g = globals()
g["dyn" + "var"] = 5
print(dynvar)
import sys
m = sys.modules[__name__]
setattr(m, "abc" + "def", 6)
print(abcdef, getattr(m, "".join("abcdef")))
class C: pass
c = C()
setattr(c, "at" + "tr", 1)
print(c.attr, c.__dict__, vars(c)["attr"], getattr(c, "ATTR".lower()))
c.__dict__["n" + "ew"] = 2
print(c.new)
kw = {"a" + "b": 1}
def f(ab): return ab
print(f(**kw), dict(**kw))
print({"a": 1} == {"".join("a"): 1}, sorted({"b": 1, "a": 2, "b" + "": 3}.items()))

d = {1: "i", 2**64: "big", 0.5: "f", -1: "m"}
for k in [1.0, True, 2**64 + 0.0, float(2**64), 2**64 * 1, 0.5, -1.0, 1 + 0j, -1 + 0j, (2**65) // 2, 2**64 - 2**64 + 1]:
    print(repr(k), d.get(k))
print({2**100: 1}.get(float(2**100)), {float(2**100): 1}.get(2**100), {1e20: 2}.get(10**20), {10**20: 3}.get(1e20))
print(len({0, 0.0, -0.0, False, 0j}), len({1, 1.0, True, 1 + 0j}), len({2**64, float(2**64)}), len({(1, 2), (1.0, 2.0)}))
print(len({frozenset([1]), frozenset([1.0])}), {(1, (2, 3)): 0}.get((1.0, (2, 3.0))))
s = set(range(-5, 5)); print(-3.0 in s, 3.5 in s, float("nan") in s)
n = float("nan"); print(n in [n], n in {n}, {n: 1}.get(n), [n] == [n], (n,) == (n,), [n].count(n), [n].index(n))
print(hash(-1) == hash(-1.0), hash(2**64) == hash(float(2**64)), hash(1.5) == hash(1.5), hash(True) == hash(1))
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, A) and self.v == o.v
    def __hash__(self): return hash(self.v)
print({A(1): "a"}.get(A(1)), A(2) in {A(2)}, len({A(1), A(1), A(2)}))
class B:
    __hash__ = None
try: {B(): 1}
except TypeError: print("TypeError")
class C(A):
    def __eq__(self, o): return True
try: hash(C(1))
except TypeError: print("TypeError unhashable")
class D:
    def __hash__(self): return 2**100
print(type(hash(D())).__name__, {D(): 1} is not None)
class Ebig:
    def __hash__(self): return -1
print(hash(Ebig()))
class F:
    def __hash__(self): return 1.5
try: hash(F())
except TypeError: print("TypeError float hash")
print(hash((1, 2)) == hash((1.0, 2.0)), hash("") == hash(""), hash(b"ab") == hash(b"ab"))

def t(s):
    try: exec(s); print("ok", repr(s))
    except SyntaxError: print("SyntaxError", repr(s))
    except Exception as e: print(type(e).__name__, repr(s))
for s in ["(a := 1) = 1", "(x[0] := 1)", "(x.a := 1)", "[i := 0 for i, j in range(5)]", "[i := 0 for (i, j) in range(5)]", "[(i := 0) for i in range(5)]", "[i + 1 for i in (i := range(5))]", "[i + 1 for i in (j := range(5))]",
          "[j for i in range(5) if (j := i)]", "class A:\n [(x := 1) for y in range(1)]", "[[(i := 1) for j in range(2)] for i in range(2)]", "[(j := 1) for i in range(2) for j in range(2)]", "def f():\n global x\n [(x := 1) for i in 'a']\nf(); print(x)",
          "a := 1", "(a := 1, b := 2)", "print(a := 3, a)", "def f(a = (b := 1)): pass\nprint(b)", "lambda: (x := 1)", "f = lambda: (x := 1); print(f())", "(lambda: (y := 5))(); print('y' in globals())",
          "print([y := 2, y ** 2, y ** 3])", "x = (y := 1) + y; print(x)", "if (n := 3) > 2: print(n)", "print({(q := 5): q})", "print(f'{(z := 7)}', z)", "a[(b := 0)] = 1",
          "with (w := open('/dev/null')): print(type(w).__name__)", "assert (v := 1)\nprint(v)", "del (a := 1)", "for (a := 1) in []: pass", "[(a := 1) for a in 'x']", "[lambda: (i := 1) for i in range(1)]",
          "def f():\n    nonlocal_x = 0\n    def g():\n        nonlocal nonlocal_x\n        [(nonlocal_x := k) for k in range(3)]\n    g()\n    return nonlocal_x\nprint(f())"]:
    t(s)

from collections import namedtuple
T = namedtuple("Tup", ["foo", "bar"])
print(T.__name__)
for t in T(1, 2), T(bar=1, foo=2):
    print(t, t[0], t[1], t.foo, t.bar, len(t), bool(t), t + t, t * 3, [f for f in t], isinstance(t, tuple), t == (t[0], t[1]), (t[0], t[1]) == t)
print(T(3, bar=4))
for src in ["t[0] = 200", "t.bar = 200", "T(1)", "T(1, 2, 3)", "T(foo=1)", "T(1, foo=1)", "T(1, baz=3)", "namedtuple('T', 1)", "namedtuple('T', [1])", "namedtuple('T', 'a a')",
            "namedtuple('T', 'def')", "namedtuple('T', '_a')", "namedtuple('1T', 'a')", "namedtuple('T', 'a-b')", "T._make([1])", "T(1, 2)._replace(baz=1)", "T(1, 2)._asdict()",
            "namedtuple('T', 'a b', rename=True)(1, 2)", "namedtuple('T', 'a def a', rename=True)._fields", "T._fields", "T(1,2).count(1)", "T(1,2).index(2)", "T(*range(2))", "T(**{'foo': 1, 'bar': 2})",
            "namedtuple('T', 'a, b c')._fields", "namedtuple('T', ' a ')._fields", "namedtuple('T', ('a', 'b'))(1, 2)", "T(1, 2)[::-1]", "T(1, 2) < T(1, 3)", "hash(T(1, 2)) == hash((1, 2))",
            "str(T(1, 'x'))", "repr(T(1, 'x'))", "T.foo.__doc__", "type(T(1, 2)) is T", "T.__bases__", "issubclass(T, tuple)"]:
    try:
        if "=" in src and "==" not in src and "(" not in src.split("=")[0]: exec(src); print(src, "ok")
        else: print(src, "->", eval(src))
    except Exception as e: print(src, type(e).__name__)

class I:
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): print("set", k, v)
b = [1, 2]
i = I()
print(i[*b], i[0, *b], i[*b, 3])
i[*b] = 5
def f(): return *b, *b
print(f())
for x in *b, 3: print(x, end=" ")
print()
def po(a, b, /, c, *, d): return a, b, c, d
print(po(1, 2, 3, d=4), po(1, 2, c=3, d=4))
try: po(a=1, b=2, c=3, d=4)
except TypeError as e: print("TypeError")
def po2(a, /, **kw): return a, kw
print(po2(1, a=2))
@lambda f: f() * 2
def g(): return 21
print(g)
@(b.append)
def h(): pass
print(len(b))
with (open("/dev/null") as f1, open("/dev/null") as f2,): print(f1.closed, f2.closed)
print(f1.closed)
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("VE", repr(e.exceptions))
except* TypeError as e:
    print("TE", repr(e.exceptions))
x = 10
def k(a=(x if x > 5 else 0)): return a
print(k())
global gg
gg = 1
print(gg)
print((lambda: (yield))  and 1)
print(type(lambda: (yield)).__name__)

l = list(range(5)); t = tuple(l)
B = 2 ** 100
for e in ["l[B:]", "l[-B:]", "l[:B]", "l[::B]", "l[::-B]", "t[-B:B:B]", "l[B]", "t[-B]", "l[::-B][0]", "l[B:-B:-1]", "'abc'[::B]", "'abc'[-B::-1]", "b'abc'[B:]", "range(10)[::B]", "range(10)[B:]", "range(10)[-B::-3]", "[1,2].index(1, -B, B)", "(1,2).index(2, -B)", "l.insert(B, 9) or l", "l.insert(-B, 8) or l", "l.pop(B)", "slice(-B, B, B).indices(5)"]:
    try: print(e, eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
l = list(range(5)); l[B:] = [7]; print(l)
l[-B:1] = [6]; print(l)
del l[::B]; print(l)
del l[-B:B]; print(l)
l = list(range(5)); l[::-B] = [0]; print(l)

data = [(i % 3, i) for i in range(20)]
print(sorted(data, key=lambda t: t[0], reverse=True))
print(sorted(data, key=lambda t: t[0]))
l = data[:]; l.sort(key=lambda t: -t[0], reverse=True); print(l)
words = ["b", "A", "a", "B", "c", "C"]
print(sorted(words, key=str.lower, reverse=True), sorted(words, key=str.lower))
class K:
    def __init__(self, v, i): self.v, self.i = v, i
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "%d%s" % (self.v, "abcdefghijklmnop"[self.i])
ks = [K(i % 2, i) for i in range(10)]
print(sorted(ks), sorted(ks, reverse=True))
import random
random.seed(1)
vals = [random.randrange(5) for _ in range(200)]
pairs = list(enumerate(vals))
s1 = sorted(pairs, key=lambda p: p[1], reverse=True)
print(all(s1[i][1] > s1[i + 1][1] or (s1[i][1] == s1[i + 1][1] and s1[i][0] < s1[i + 1][0]) for i in range(199)))
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return str(self.v)
print(sorted([G(3), G(1), G(2)]))
try: sorted([G(1), G(2), 2])
except AttributeError: print("AttributeError")
print(sorted([3, 1, 2], key=lambda x: x, reverse=0))

print(type(hash({}.values())))
for e in ["hash({}.keys())", "hash({}.items())", "{1:1}.values() == {1:1}.values()", "v = {}.values(); v == v", "{1:2}.items() == {(1,2)}", "{1:2}.items() == [(1,2)]"]:
    try:
        *pre, last = e.split("; ")
        for p in pre: exec(p)
        print(e, eval(last))
    except TypeError: print(e, "TypeError")
d = {1: 2}
v = d.values(); k = d.keys(); it = d.items()
d[3] = 4
print(v, k, it, len(v), 3 in k, (3, 4) in it)
del d[1]
print(list(v), list(k), list(it))
