# MicroPython tests/stress style: recursion limits (functions, generators,
# repr of self-containing containers), big dict copies, sorting, calls with
# hundreds of arguments, long identifiers (qstr_limit) and long bytecode
# (bytecode_limit: forward jumps over big blocks).
def foo(): foo()
try: foo()
except RuntimeError: print("RuntimeError")
l = [1]; l.append(l); print(l)
d = {1: 2}; d[2] = d; print(d)
t = [[]]; t[0].append(t); print(t)
class C:
    def __repr__(self): return repr(self.x)
c = C(); c.x = [c] 
try: print(repr(c))
except RuntimeError: print("RuntimeError repr")
def gen():
    yield from gen()
try: list(gen())
except RuntimeError: print("RuntimeError gen")
def gen2():
    for x in gen2(): yield x
try: next(gen2())
except RuntimeError: print("RuntimeError gen2")
a = {i: 2 * i for i in range(1000)}
b = a.copy()
print(all(b[i] == 2 * i for i in range(1000)), len(b))
for n in range(100):
    d = dict()
    for i in range(n): d[i] = i
    assert len(d) == n
print("dict_create")
import random
random.seed(1)
for n in (0, 1, 2, 10, 1000):
    l = [random.random() for _ in range(n)]
    s = sorted(l)
    assert all(s[i] <= s[i + 1] for i in range(n - 1))
    l.sort(reverse=True)
    assert l == s[::-1]
print("sort")
def f(*a, **k): return len(a), len(k)
print(f(*range(1000)), f(**{"k%d" % i: i for i in range(1000)}))
src = "f(" + ",".join(str(i) for i in range(300)) + ")"
print(eval(src))
src = "f(" + ",".join("a%d=%d" % (i, i) for i in range(300)) + ")"
print(eval(src))
def g(*args): return args[-1]
print(g(*range(70000)))
src = "def h(" + ",".join("a%d" % i for i in range(300)) + "): return a299\n"
exec(src); print(h(*range(300)))
x = eval("[" + ",".join(str(i) for i in range(5000)) + "]"); print(len(x))
x = eval("(" + "+".join("1" for i in range(2000)) + ")"); print(x)
try:
    x = eval("(" * 1000 + "1" + ")" * 1000); print(x)
except (RecursionError, MemoryError, SyntaxError) as e: print("deep paren", type(e).__name__)
body = " with f()()() as a:\n  try:\n   f()()()\n  except Exception:\n   pass\n"
for n in (430, 431, 432, 433):
    try:
        exec("cond = 0\nif cond:\n" + body * n + "else:\n print('cond false')\n")
    except MemoryError:
        print("MemoryError")
    except RuntimeError:
        print("RuntimeError")
exec("\nx = 0\nif x:\n" + body * 13 + "\nx = [1 if x else 123]\nprint(x)\n")
def make_id(n, base="a"):
    return "".join(chr(ord(base) + i % 26) for i in range(n))
for l in range(254, 259):
    g = {}
    var = make_id(l)
    try:
        exec(var + "=1", g)
    except RuntimeError:
        print("RuntimeError", l)
        continue
    print(var in g)
def f(**k):
    print(k)
for l in range(254, 259):
    try:
        exec("f({}=1)".format(make_id(l)))
    except RuntimeError:
        print("RuntimeError", l)
for l in range(254, 259):
    id = make_id(l)
    try:
        print(type(id, (), {}).__name__)
    except RuntimeError:
        print("RuntimeError", l)
class A:
    pass
for l in range(254, 259):
    id = make_id(l)
    a = A()
    try:
        setattr(a, id, 123)
    except RuntimeError:
        print("RuntimeError", l)
    try:
        print(hasattr(a, id), getattr(a, id))
    except RuntimeError:
        print("RuntimeError", l)
for l in range(254, 259):
    id = make_id(l)
    try:
        print(("{" + id + "}").format(**{id: l}))
    except RuntimeError:
        print("RuntimeError", l)
for l in range(254, 259):
    id = make_id(l)
    try:
        print(("%(" + id + ")d") % {id: l})
    except RuntimeError:
        print("RuntimeError", l)
for l in (100, 101, 256, 257, 258):
    try:
        __import__(make_id(l))
    except ImportError:
        print("ok", l)
    except RuntimeError:
        print("RuntimeError", l)
for l in (100, 101, 102, 128, 129):
    try:
        exec("import " + make_id(l) + "." + make_id(l, "A"))
    except ImportError:
        print("ok", l)
    except RuntimeError:
        print("RuntimeError", l)
