# A metaclass __prepare__ namespace that is not a plain dict: the class body's
# name stores, loads and deletes go through the mapping's methods, in order.
import sys


class LogDict(dict):
    def __setitem__(self, k, v):
        print("set", k, v if isinstance(v, (int, str)) else type(v).__name__)
        super().__setitem__(k, v)

    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)

    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return LogDict()

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)


def outer():
    free = "outer"

    class C(metaclass=Meta):
        a = 1
        b = a + 1
        a = 3

        def f(self):
            return 1

        del b
        x: int = 5
        try:
            del missing
        except NameError as e:
            print("NameError", e)
        print(len([free]))
        print(type(locals()).__name__, locals() is sys._getframe().f_locals)
        print(sorted(n for n in dir() if not n.startswith("__")))
        exec("e1 = a + 10")

    return C


C = outer()
print(C.a, C.e1, hasattr(C, "b"), C.__annotations__)


# A namespace with __missing__ answers names nothing else defines.
class Auto(dict):
    def __missing__(self, k):
        if k.startswith("_") or k in ("print", "range"):
            raise KeyError(k)
        return "auto_" + k


class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Auto()


class D(metaclass=AutoMeta):
    v = foo
    w = [bar, baz]
print(D.v, D.w)


# Errors raised by __setitem__ surface at the assignment, catchable in the body.
class NoDup(dict):
    def __setitem__(self, k, v):
        if k in self:
            raise TypeError("duplicate %r" % k)
        super().__setitem__(k, v)


class NoDupMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDup()


class E(metaclass=NoDupMeta):
    p = 1
    try:
        p = 2
    except TypeError:
        print("caught", sys.exc_info()[1])
    q = p
print(E.p, E.q)

# Enum's namespace refuses a reused name and numbers auto() in order.
from enum import Enum, auto

try:

    class Color(Enum):
        RED = 1
        RED = 2

except TypeError as e:
    print("TypeError", e)


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    _ignore_ = ["tmp"]
    tmp = 5
print(list(Shape), hasattr(Shape, "tmp"))

# An OrderedDict namespace keeps the order of first assignment.
from collections import OrderedDict


class OM(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return OrderedDict()

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls


class O(metaclass=OM):
    z = 1
    y = 2
    z = 3
    x = 4
print(O.order, O.z)


# exec() with a mapping (not a dict) as locals uses its methods too.
class Store:
    def __init__(self):
        self.d = {"seed": 7}

    def __getitem__(self, k):
        print("Store get", k)
        return self.d[k]

    def __setitem__(self, k, v):
        print("Store set", k, v)
        self.d[k] = v

    def __delitem__(self, k):
        print("Store del", k)
        del self.d[k]


s = Store()
exec("n = seed * 2\nm = n + 1\ndel n\nprint(len('ab'))", {}, s)
print(sorted(s.d.items()))
print(eval("seed + 1", {}, s))

# Plain class bodies and module code are unchanged.
class P:
    a = 1
    b = a + 1
print(P.b, "a" in dir())


# More of the body through a mapping: comprehensions, imports, global,
# __class__, a failing __delitem__ (reported as the name), types.new_class.
class NS(dict):
    def __missing__(self, k):
        if k.startswith("undefined"):
            return "dflt"
        raise KeyError(k)

    def __delitem__(self, k):
        if k == "x":
            raise ValueError("no")
        super().__delitem__(k)


class NSMeta(type):
    @classmethod
    def __prepare__(m, name, bases, **kw):
        return NS()


g = 10


class A(metaclass=NSMeta):
    x = [i * 2 for i in range(3)]
    y = undefined_name
    import sys as mysys
    z = (lambda: g)()
    global gg
    gg = 3

    print(sorted(vars().keys()))

    def m(self):
        return __class__

    try:
        del x
    except NameError as e:
        print("NameError", e)
print(A.x, A.y, A.z, A.m(A()) is A, A.mysys.__name__, gg)

import types

T = types.new_class("T", (), {"metaclass": NSMeta}, lambda ns: ns.update(q=5))
print(T.q)
import collections

ns = collections.defaultdict(int)
exec("a = b + 1\nc = a * 2", {}, ns)
print(sorted(ns.items()))
