# __bases__ and __mro__ of classes
class A:
    pass
class B(A):
    pass
class C(A):
    pass
class D(B, C):
    pass
for cls in (A, B, C, D):
    print(cls.__name__, [b.__name__ for b in cls.__bases__], [m.__name__ for m in cls.__mro__])
print(object.__bases__, int.__mro__ == (int, object))
print(bool.__bases__[0].__name__)
