# obj.__class__ and __class__ inside methods
class A:
    def get_class(self):
        return __class__
    def cls_name(self):
        return self.__class__.__name__
class B(A):
    pass
b = B()
print(b.__class__ is B, b.get_class() is A, b.cls_name())
print((1).__class__.__name__, 'x'.__class__.__name__, [].__class__ is list)
print(B.__class__ is type, type(B) is type, type(type) is type)
print(b.__class__().__class__ is B)
