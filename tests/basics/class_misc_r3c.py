# Class machinery corners: super() repr and attributes, property subclass
# through the class, GenericAlias only for containers, type() argument
# errors, __name__/__qualname__ assignment, str() falling back to __repr__.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class A:
    def f(self):
        return 'A.f'
class B(A):
    def f(self):
        return 'B>' + super().f()
b = B()
print(repr(super(B, b)), repr(super(B, B)), repr(super(B)))
print(super(B, b).__self__ is b, super(B, b).__thisclass__ is B)
print(super(B, b).__self_class__ is B, super(B, B).__self_class__ is B)
print(super(B).__self__, super(B).__self_class__)
print(super(B, b).f())

class SubProp(property):
    pass
class Pr:
    @SubProp
    def z(self):
        return 'z'
print(Pr().z, type(Pr.z).__name__, isinstance(Pr.z, property))

print(list[int], dict[str, int], tuple[int, ...], type[int])
for c in (int, str, float, bytes, object, range):
    t(lambda: c[int])
class U:
    pass
t(lambda: U[int])
class CG:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(CG[int], CG[1, 2])

t(lambda: type('N', (), []))
t(lambda: type(1, (), {}))
t(lambda: type('N', [], {}))

class Outer:
    class Inner:
        pass
Outer.__qualname__ = 'Renamed'
print(Outer.__qualname__, Outer.__name__)
t(lambda: setattr(Outer, '__qualname__', 1))
Outer.__name__ = 'NewName'
print(Outer.__name__, Outer.__qualname__)
t(lambda: setattr(Outer, '__name__', 1))
print(Outer.Inner.__qualname__)

class Rp:
    def __repr__(self):
        return 1
t(lambda: repr(Rp()))
t(lambda: str(Rp()))
t(lambda: '%s' % Rp())
class Fl:
    def __float__(self):
        return 1
t(lambda: float(Fl()))

t(lambda: list[int][str])
t(lambda: dict[str, int][int])

class M1(type):
    pass
class A1(metaclass=M1):
    pass
t(lambda: type.__init__(A1, 1, 2, 3, 4))
t(lambda: type.__init__(A1, 'A1', (), {}))
