# Built-in exceptions raised while the heap is locked (micropython.heap_lock(),
# MicroPython only, hence the .exp): each is still raised with its own type
# and caught by `except`, messages included where they fit the emergency
# exception. Names bound and deleted by `except ... as e` at module level, and
# dict keys deleted and added again, need no allocation.
import micropython

d = {"a": 1, 2: "b"}
s = set()
l = []


def f0():
    pass


def f2(a, b):
    pass


def fpos(a, /):
    pass


def in_func():
    try:
        undefined_in_func
    except NameError as e:
        return type(e).__name__


def check(n, fn):
    micropython.heap_lock()
    try:
        fn()
        r = "no error"
    except Exception as e:
        r = type(e).__name__
        msg = str(e.args[0]) if e.args else ""
    micropython.heap_unlock()
    print(n, r)
    return r


micropython.heap_lock()
try:
    d[1]
except KeyError as e:
    r = type(e).__name__
try:
    undefined_at_module
except NameError as e:
    r2 = type(e).__name__
try:
    s.foo
except AttributeError as e:
    r3 = type(e).__name__
try:
    l[5]
except IndexError as e:
    r4 = type(e).__name__
try:
    s.pop()
except KeyError as e:
    r5 = type(e).__name__
try:
    1 // 0
except ZeroDivisionError as e:
    r6 = type(e).__name__
r7 = in_func()
micropython.heap_unlock()
print(r, r2, r3, r4, r5, r6, r7)

# Argument binding errors and messages formatted from C.
for name, fn in (
    ("unexpected kw", lambda: f0(abcdefghijklmnopqrstuvwxyz=1)),
    ("too many", lambda: f0(1)),
    ("missing", lambda: f2(1)),
    ("multiple values", lambda: f2(1, a=2)),
    ("posonly as kw", lambda: fpos(a=1)),
    ("empty pop", lambda: l.pop()),
    ("bad operand", lambda: 1 + s),
    ("not callable", lambda: d()),
    ("no attribute", lambda: l.nothing),
    ("unhashable", lambda: d[l]),
    ("seq mult", lambda: "a" * "b"),
    ("str index", lambda: "abc".index("z")),
    ("raise class", lambda: exec_raise()),
):
    if name == "raise class":
        def exec_raise():
            raise ValueError
    check(name, fn)

# A message that fits is kept.
micropython.heap_lock()
try:
    f0(1)
except TypeError as e:
    kept = e
micropython.heap_unlock()
print(type(kept).__name__)
micropython.heap_lock()
try:
    f0(zz=1)
except TypeError as e:
    kept = e
micropython.heap_unlock()
print(kept.args)

# `except ... as e` at module level stores and deletes the global e, over and
# over.
micropython.heap_lock()
i = 0
n = 0
while i < 40:
    try:
        d[1]
    except KeyError as e:
        n += 1
    try:
        s.foo
    except AttributeError as err:
        n += 1
    i += 1
micropython.heap_unlock()
print(n, "e" in globals(), "err" in globals())

# Deleting and adding back keys of dicts and instances.
big = {}
for k in range(20):
    big[k] = k * k
small = {"x": 1, "y": 2, "z": 3}


class O:
    pass


o = O()
o.p = 1
o.q = 2
micropython.heap_lock()
k = 0
while k < 60:
    v = big.pop(k % 20)
    big[k % 20] = v + 1
    del small["y"]
    small["y"] = k
    del o.p
    o.p = k
    k += 1
micropython.heap_unlock()
print(list(big.items())[:5], len(big), sum(big.values()))
print(small, o.p, o.q, sorted(o.__dict__))
