# inconsistent MROs and bad bases
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError:
    print('TypeError mro')
try:
    class D(A, A): pass
except TypeError:
    print('TypeError dup')
try:
    class E(5): pass
except TypeError:
    print('TypeError base')
class X: pass
class Y: pass
class Z(X, Y): pass
print([k.__name__ for k in Z.__mro__], Z.__bases__ == (X, Y), Z.__base__ is X)
print(A.__subclasses__() == [B])
print(issubclass(Z, (Y, int)), issubclass(Z, Z), issubclass(bool, object))
try:
    issubclass(1, int)
except TypeError:
    print('TypeError issubclass')
