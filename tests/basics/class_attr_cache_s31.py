# Attribute lookups along a class's MRO are cached (py/typecache.h): every
# change to a class must show at once in the lookups of the class, of its
# subclasses and of their instances.


class A:
    def m(self):
        return 'A.m'
    x = 1


class B(A):
    pass


class C(B):
    pass


c = C()
print(c.m(), c.x, C.x, B.x)
# Changed on a base, seen through subclasses.
A.x = 2
print(c.x, C.x)
B.x = 3
print(c.x, C.x, A.x)
del B.x
print(c.x, C.x)
A.m = lambda self: 'new A.m'
print(c.m())
B.m = lambda self: 'B.m'
print(c.m())
del B.m
print(c.m())
del A.m
try:
    c.m()
except AttributeError as e:
    print('AttributeError', e)
# A name looked up and not found, then added.
print(hasattr(c, 'late'))
C.late = 5
print(hasattr(c, 'late'), c.late)
# __getattr__ and __getattribute__ added after lookups were made.
print(hasattr(c, 'zzz'))
A.__getattr__ = lambda self, name: 'getattr:' + name
print(c.zzz)
del A.__getattr__
print(hasattr(c, 'zzz'))
B.__getattribute__ = lambda self, name: 'ga:' + name
print(c.x, c.anything)
del B.__getattribute__
print(c.x)
# A data descriptor added to the class wins over the instance dict.
c.p = 'instance'
print(c.p)
C.p = property(lambda self: 'property')
print(c.p)
del C.p
print(c.p)


# __bases__ assignment changes the MRO.
class Left:
    who = 'Left'


class Right:
    who = 'Right'


class D(Left):
    pass


d = D()
print(d.who)
D.__bases__ = (Right,)
print(d.who, D.__mro__[1].__name__)
D.__bases__ = (Left,)
print(d.who)


# Instances changing class.
class E:
    who = 'E'


class F:
    who = 'F'


e = E()
print(e.who)
e.__class__ = F
print(e.who)


# Classes made and dropped in a loop: a new class may take a dead one's
# address, with other attributes.
def make(i):
    class T:
        pass
    if i % 2:
        T.value = i
    return T


import gc
out = []
for i in range(40):
    T = make(i)
    out.append(getattr(T(), 'value', None))
    del T
    if i % 8 == 0:
        gc.collect()
print(out == [i if i % 2 else None for i in range(40)])


# Through a metaclass's __setattr__ and setattr()/delattr().
class Meta(type):
    def __setattr__(cls, name, value):
        super().__setattr__(name, value * 10)


class G(metaclass=Meta):
    v = 1


g = G()
print(g.v)
G.v = 2
print(g.v)
setattr(G, 'v', 3)
print(g.v)
delattr(G, 'v')
print(hasattr(g, 'v'))
# __annotations__ made on first access, then the class's own.
print(G.__annotations__, '__annotations__' in G.__dict__)


# __set_name__ and __init_subclass__ that look up and change the class
# while it is being made.
class Named:
    def __set_name__(self, owner, name):
        print('set_name', name, hasattr(owner, 'added'))
        owner.added = name


class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', getattr(cls, 'added', None), hasattr(cls, 'later'))
        cls.later = 'later'


class H(Base):
    n = Named()


print(H.added, H.later, H().later)
try:
    object.__setattr__(H, 'z', 1)
except TypeError as e:
    print('TypeError')
print(hasattr(H, 'z'))


# Built-in methods through the cache: subclasses of built-in types, and a
# class attribute shadowing a built-in method name.
class MyStr(str):
    pass


class MyList(list):
    def append(self, x):
        super().append(x * 2)


s = MyStr('a b')
print(s.split(), 'x y'.split(), s.upper())
ml = MyList()
ml.append(1)
print(ml)
MyList.append = list.append
ml.append(1)
print(ml)
print(' \x1c a\x1fb \t'.split(), b' \x1c a\x1fb \t'.split())
