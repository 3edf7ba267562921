# An AttributeError from a descriptor's __get__ (property, data or non-data
# descriptor written in Python) falls back to the class's __getattr__.


class NonData:
    def __get__(self, obj, owner):
        if obj is None:
            return self
        raise AttributeError("nd")


class Data:
    def __get__(self, obj, owner):
        raise AttributeError("d")

    def __set__(self, obj, value):
        pass


class Lazy:
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return "lazy:" + type(obj).__name__


class A:
    nd = NonData()
    d = Data()
    lz = Lazy()

    @property
    def p(self):
        raise AttributeError("p")

    def __getattr__(self, name):
        return "ga:" + name


a = A()
print(a.nd, a.d, a.p, a.lz, a.missing)
print(getattr(a, "nd"), getattr(a, "nd", 0), hasattr(a, "nd"))
print(type(A.nd).__name__)


# Inherited __getattr__, and a descriptor defined in a base.
class B(A):
    pass


print(B().nd, B().p, B().lz)


class Base:
    nd = NonData()


class WithHook(Base):
    def __getattr__(self, name):
        return "hook:" + name


print(WithHook().nd)

# Without __getattr__ the AttributeError propagates.
class NoHook:
    nd = NonData()
    d = Data()

    @property
    def p(self):
        raise AttributeError("p")


for name in ("nd", "d", "p"):
    try:
        getattr(NoHook(), name)
    except AttributeError as e:
        print("AttributeError", e)
    print(hasattr(NoHook(), name))


# __getattr__ added to the class (or a base) after it was made.
class Late:
    nd = NonData()


class LateSub(Late):
    pass


try:
    LateSub().nd
except AttributeError as e:
    print("AttributeError", e)
Late.__getattr__ = lambda self, name: "late:" + name
print(Late().nd, LateSub().nd)


# Other exceptions from __get__ are not swallowed.
class Boom:
    def __get__(self, obj, owner):
        raise ValueError("boom")


class C:
    b = Boom()

    def __getattr__(self, name):
        return "never"


try:
    C().b
except ValueError as e:
    print("ValueError", e)


# __getattr__ raising AttributeError itself.
class D:
    nd = NonData()

    def __getattr__(self, name):
        raise AttributeError("from getattr " + name)


try:
    D().nd
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(D(), "nd"))


# A descriptor used as a lazy attribute that caches into the instance.
class Cached:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, owner):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v


class E:
    calls = 0

    @Cached
    def value(self):
        E.calls += 1
        if E.calls == 1:
            raise AttributeError("not yet")
        return 42

    def __getattr__(self, name):
        return "fallback:" + name


e = E()
print(e.value, e.value, e.value, E.calls)


# super() sees the same lookups; methods and class attributes still bind.
class F(A):
    k = (1, 2)

    def m(self):
        return self.k

    def __getattr__(self, name):
        return "F:" + name


f = F()
print(f.m(), f.nd, f.p, f.lz, f.zz)
