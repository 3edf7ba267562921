# __init__ along the MRO past an immutable built-in (session 30, helper D4):
# int, str, tuple, float, bytes, frozenset and complex take their value in
# __new__ and have no __init__ of their own (CPython's is object's), so a
# mixin's __init__ after them in the MRO is the one called, and
# super().__init__(arg) from such a subclass reaches object.__init__.


class Mixin:
    def __init__(self, *a, **k):
        print("Mixin.__init__", a, k)
        super().__init__()


for base in (int, str, tuple, float, bytes, frozenset, complex, list, dict, Exception):

    class X(base, Mixin):
        def __init__(self, *a):
            print(base.__name__, "X.__init__", a)
            super().__init__(*a)

    class Y(base, Mixin):
        pass

    for cls in (X, Y):
        try:
            print(repr(cls()))
        except TypeError as e:
            print("TypeError", e)
print(int.__init__ is object.__init__, str.__init__ is object.__init__)


class MyInt(int):
    def __init__(self, v):
        super().__init__()
        self.doubled = v * 2


print(MyInt(4), MyInt(4).doubled)


class BadInt(int):
    def __init__(self, v):
        super().__init__(v)


try:
    BadInt(3)
except TypeError as e:
    print("TypeError", e)
