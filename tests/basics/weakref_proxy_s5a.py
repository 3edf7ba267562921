# weakref.proxy: attribute access, calls, operators and containers go to
# the object; once it is gone every use raises ReferenceError.
import gc
import weakref


class V:
    def __init__(self, v):
        self.v = v
        self.items = [1, 2, 3]

    def __add__(self, o):
        return "add %r" % (o,)

    def __radd__(self, o):
        return "radd %r" % (o,)

    def __iadd__(self, o):
        self.v += o
        return self

    def __lt__(self, o):
        return self.v < o

    def __eq__(self, o):
        return self.v == o

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, x):
        self.items[i] = x

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __neg__(self):
        return -self.v

    def __str__(self):
        return "V(%s)" % self.v

    def meth(self, a, b=0):
        return self.v + a + b


def func(x):
    return x * 2


o = V(10)
p = weakref.proxy(o)
print(type(p) is weakref.ProxyType, type(weakref.proxy(func)) is weakref.CallableProxyType)
print(weakref.proxy(o) is p, weakref.getweakrefcount(o))
print(p.v, p.meth(1), p.meth(1, b=2), str(p), len(p), p[1], 2 in p, 7 in p, list(p))
p.w = 5
print(o.w)
del p.w
print(hasattr(o, "w"))
p[0] = 9
print(o.items, p + 1, 1 + p, p < 11, p == 10, p != 10, -p, bool(p))
p += 5
print(o.v, type(p).__name__)
print(weakref.proxy(func)(21))
print(isinstance(p, V), repr(weakref.proxy(o)).startswith("<weakproxy at 0x"))
try:
    hash(weakref.proxy(o))
except TypeError:
    print("TypeError unhashable")
try:
    p.missing
except AttributeError as e:
    print("AttributeError", e)


def dead_proxy(cls, *args):
    return weakref.proxy(cls(*args))


q = dead_proxy(V, 1)
qf = dead_proxy(V, 2)
gc.collect()
for op in (lambda: q.v, lambda: str(q), lambda: q + 1, lambda: len(q), lambda: q[0],
           lambda: bool(q), lambda: setattr(q, "x", 1), lambda: list(q)):
    try:
        op()
        print("no error")
    except ReferenceError as e:
        print("ReferenceError", e)
try:
    weakref.proxy(1)
except TypeError as e:
    print(e)
