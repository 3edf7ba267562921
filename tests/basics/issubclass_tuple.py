# issubclass with classes and tuples of classes
class A: pass
class B(A): pass
class C(B): pass
class D: pass
print(issubclass(C, A), issubclass(A, C), issubclass(A, A))
print(issubclass(C, (D, B)), issubclass(D, (A, B)), issubclass(D, ()))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object))
print(issubclass(KeyError, LookupError), issubclass(C, (int, (str, A))))
try:
    issubclass(C(), A)
except TypeError:
    print('TypeError: arg 1 must be a class')
