# What a class namespace holds: __qualname__ moves into the type, __dict__
# and __weakref__ entries appear where instances first get them;
# type.__prepare__; class __annotations__.
class C:
    "doc"
    x = 1
    def m(self):
        pass
print(sorted(C.__dict__))
print(C.__qualname__, C.__dict__['__dict__'], C.__dict__['__weakref__'])
print(type(C.__dict__['__dict__']).__name__, C().__weakref__)
c = C()
c.y = 2
print(C.__dict__['__dict__'].__get__(c, C))

class D(C):
    pass
print(sorted(D.__dict__))

class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, '__qualname__' in Outer.Inner.__dict__, repr(Outer.Inner)[-14:])
Outer.Inner.__qualname__ = 'Renamed'
print(Outer.Inner.__qualname__, repr(Outer.Inner)[-10:])
T = type('T', (), {'__qualname__': 'Some.Where'})
print(T.__qualname__, T.__name__, '__qualname__' in T.__dict__)
try:
    type('U', (), {'__qualname__': 5})
except TypeError as e:
    print('TypeError', e)

class S:
    __slots__ = ('a',)
class SD:
    __slots__ = ('a', '__dict__')
class SW:
    __slots__ = ('__weakref__',)
class I(int):
    pass
class L(list):
    pass
class E(Exception):
    pass
class Tu(tuple):
    pass
for k in (S, SD, SW, I, L, E, Tu):
    print(k.__name__, '__dict__' in k.__dict__, '__weakref__' in k.__dict__)

# type.__prepare__ and super().__prepare__ in a metaclass
print(type.__prepare__('X', ()), type.__prepare__())
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        ns['injected'] = name
        return ns
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
class K(metaclass=Meta, extra=1):
    pass
print(K.injected)

# class __annotations__
class A:
    a: int
    b: str = 'x'
class B(A):
    pass
class N:
    pass
print(A.__annotations__, B.__annotations__, N.__annotations__, '__annotations__' in N.__dict__)
try:
    int.__annotations__
except AttributeError as e:
    print('AttributeError')

# built-in methods seen through their type
w = int.__dict__['bit_length']
print(w.__name__, w.__qualname__, w.__objclass__ is int, w.__get__(5)())
print(list.append.__name__, list.append.__qualname__, str.upper.__get__('ab')())
