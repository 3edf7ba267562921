# Attribute loads, method loads and stores on instances of plain classes (the
# VM's fast path) must agree with the general lookup in every corner: instance
# attributes shadowing class ones, class constants, functions stored in
# instances, staticmethod/classmethod, descriptors, changes made to the class
# after use, __dict__ and __class__ assignment, __slots__, __getattr__.


class Base:
    K = 7
    S = "text"
    F = 1.5
    T = (1, 2)

    def m(self, x):
        return ("Base.m", x)

    @staticmethod
    def st(x):
        return ("st", x)

    @classmethod
    def cm(cls, x):
        return ("cm", cls.__name__, x)


class Sub(Base):
    def m2(self):
        return self.m(2)


o = Sub()
print(o.m(1), o.m2(), o.st(3), o.cm(4))
print(o.K, o.S, o.F, o.T)
bm = o.m
print(type(bm).__name__, bm(5), bm.__self__ is o)

# An instance attribute shadows the class's, function or constant.
o.m = lambda x: ("inst", x)
o.K = 8
print(o.m(6), o.K, Base.K)
del o.m
del o.K
print(o.m(7), o.K)

# A function stored in the instance is not bound.
def free(*a):
    return ("free", len(a))

o.g = free
print(o.g(1, 2))

# Class changes after the method was used.
def m_new(self, x):
    return ("m_new", x)

for i in range(3):
    if i == 1:
        Sub.m = m_new
    if i == 2:
        del Sub.m
    print(o.m(i))
Base.K = 9
print(o.K)


# A non-data descriptor with __get__ in the class, and one added later.
class Desc:
    def __get__(self, obj, owner):
        return ("Desc", obj is not None)


class WithDesc:
    d = Desc()


w = WithDesc()
print(w.d)
w.__dict__["d"] = "shadow"
print(w.d)
WithDesc.e = Desc()
print(w.e)


# A property added after instances were made turns the store into its setter.
class Late:
    pass


lt = Late()
lt.v = 1
print(lt.v)
Late.v = property(lambda self: "prop", lambda self, v: print("set", v))
lt.v = 2
print(lt.v)


# __getattr__ answers only what the lookup does not find, added late too.
class Miss:
    a = 1


mi = Miss()
try:
    mi.zz
except AttributeError as e:
    print("AttributeError", e.name)
Miss.__getattr__ = lambda self, name: ("getattr", name)
print(mi.a, mi.zz)
try:
    mi.zz()
except TypeError:
    print("TypeError")


# __setattr__ added after stores were made.
class Watch:
    pass


wa = Watch()
wa.x = 1
Watch.__setattr__ = lambda self, k, v: print("setattr", k, v)
wa.x = 2
wa.y = 3
print(wa.x, hasattr(wa, "y"))


# The __dict__ read, replaced; __class__ read and assigned.
class P:
    def who(self):
        return "P"


class Q:
    def who(self):
        return "Q"


p = P()
p.a = 1
d = p.__dict__
d["b"] = 2
p.c = 3
print(p.a, p.b, p.c, sorted(d))
p.__dict__ = {"z": 26}
print(p.z, hasattr(p, "a"))
p.y = 25
print(sorted(p.__dict__))
print(p.__class__.__name__, p.who())
p.__class__ = Q
print(p.__class__.__name__, p.who())


# __slots__: stores outside them fail, class constants stay read-only.
class Sl:
    __slots__ = ("a",)
    C = 1

    def get(self):
        return self.a


s = Sl()
s.a = 5
print(s.get(), s.C)
for name in ("b", "C"):
    try:
        setattr(s, name, 1)
        print("set", name)
    except AttributeError:
        print("AttributeError", name)


# Missing names: AttributeError with the name, on loads and method loads.
class E:
    pass


e = E()
for f in (lambda: e.nope, lambda: e.nope()):
    try:
        f()
    except AttributeError as ex:
        print("AttributeError", ex.name, ex.obj is e)

# object's own members through an instance.
print(type(e.__repr__()).__name__, e.__eq__(e), e.__class__ is E)


# Multiple inheritance: the MRO order decides.
class A1:
    def f(self):
        return "A1"


class A2:
    def f(self):
        return "A2"

    def g(self):
        return "A2.g"


class AB(A1, A2):
    pass


ab = AB()
print(ab.f(), ab.g())
AB.__bases__ = (A2, A1)
print(ab.f(), ab.g())


# A subclass of a built-in type keeps its own lookup.
class L(list):
    tag = "L"

    def first(self):
        return self[0]


li = L([3, 1, 2])
li.append(0)
li.sort()
print(li, li.first(), li.tag)
li.extra = 1
print(li.extra)


# Built-in objects: methods, a type's class methods, and a missing name.
print("-".join(["a", "b"]), [1].copy(), int.from_bytes(b"\x01\x02", "big"), dict.fromkeys("ab"))
print(str.upper("x"), (5).bit_length(), True.bit_length())
try:
    [].nope
except AttributeError as ex:
    print("AttributeError", ex.name)
