# object.__init__ and object.__new__ (session 30, helper D4): a bare object()
# has object's __init__ and __new__ both, so extra arguments are an error;
# object.__new__ cannot make an instance of a class with a built-in layout.


def t(f):
    try:
        r = f()
        print(type(r).__name__)
    except TypeError as e:
        print("TypeError", e)


t(lambda: object.__init__(object(), 1))
t(lambda: object.__init__(object(), k=1))
t(lambda: object.__init__(object()))
t(lambda: object.__init__(5, 1))


class L(list):
    def __new__(cls, *a, **k):
        return object.__new__(cls)


class X(Exception):
    def __new__(cls, *a):
        return object.__new__(cls)


class S(str):
    def __new__(cls, *a):
        return object.__new__(cls)


class M(type):
    def __new__(mcs, *a):
        return object.__new__(mcs)


t(lambda: L())
t(lambda: L(k=3))
t(lambda: X())
t(lambda: S("a"))
t(lambda: object.__new__(int))
t(lambda: M("N", (), {}))


class Plain:
    def __new__(cls, *a):
        return object.__new__(cls)


t(lambda: Plain(1))
