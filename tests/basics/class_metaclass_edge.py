# metaclass conflicts, type() with metaclass bases, isinstance/issubclass
class M1(type):
    pass
class M2(type):
    pass
class A(metaclass=M1):
    pass
class B(metaclass=M2):
    pass
try:
    class C(A, B):
        pass
except TypeError:
    print('TypeError conflict')
class M3(M1):
    pass
class D(A, metaclass=M3):
    pass
print(type(D).__name__, isinstance(D, M1), isinstance(D, type), issubclass(M3, type))
E = type('E', (A,), {'z': 1})
print(type(E).__name__, E.z, issubclass(E, A))
F = M1('F', (), {'w': 2})
print(type(F).__name__, F.w, F().w, F.__mro__ == (F, object))
print(isinstance(A(), A), isinstance(A, M1), isinstance(A(), M1), type(A()) is A)
print(A.__class__ is M1, M1.__class__ is type, M1.__mro__ == (M1, type, object), M1.__bases__ == (type,))
class G(A):
    def __init__(self, v):
        self.v = v
g = G(5)
print(g.v, type(G) is M1, G.__name__, G.__qualname__, repr(G).endswith(".G'>"))
try:
    object.__new__(M1)
except TypeError:
    print('TypeError object.__new__')
print(M1.__name__, M1.__mro__ == (M1, type, object), A.mro() == [A, object], M1.mro(M1) == [M1, type, object])
try:
    M1.mro()  # type.mro unbound: the metaclass's own mro needs its class
except TypeError:
    print('TypeError M1.mro()')
class Meta(type):
    def __getattr__(cls, name):
        return 'meta getattr ' + name
class H(metaclass=Meta):
    real = 1
print(H.real, H.missing)
try:
    H().missing
except AttributeError:
    print('AttributeError on instance')
H.added = 3
print(H.added, H().added)
def f_meta(name, bases, ns):
    ns['by_function'] = True
    return type(name, bases, ns)
class I(metaclass=f_meta):
    pass
print(I.by_function, type(I) is type)
