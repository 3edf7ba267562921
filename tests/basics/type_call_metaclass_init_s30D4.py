# type(name, bases, ns) whose bases have a more derived metaclass (session 30,
# helper D4): that metaclass makes the class, and its __init__ is called too,
# as type.__call__ does in CPython.


class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("M.__new__", name, kw)
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("M.__init__", name, kw)
        super().__init__(name, bases, ns)


class A(metaclass=M):
    pass


B = type("B", (A,), {"x": 1})
print(type(B).__name__, B.x)


def f(name, bases, ns, **kw):
    print("f", name)
    return type(name, bases, dict(ns))


class C(A, metaclass=f):
    pass


print(type(C).__name__)


class N(type):
    def __init__(cls, *a, **k):
        print("N.__init__", a[0], sorted(a[2]))
        super().__init__(*a)


class D(metaclass=N):
    pass


E = type("E", (D,), {"y": 2})
print(type(E).__name__, E.y)


class Odd(type):
    def __new__(mcs, *a):
        return 42

    def __init__(cls, *a):
        print("not called")


class F(metaclass=type):
    pass


try:
    print(type("G", (F,), {}).__name__)
except TypeError as e:
    print("TypeError", e)
