# super(C, obj) where obj is a proxy whose __class__ names a subclass of C.
class Proxy(object):
    def __init__(self, obj):
        self.__obj = obj

    def __getattribute__(self, name):
        if name.startswith("_Proxy__"):
            return object.__getattribute__(self, name)
        return getattr(self.__obj, name)


class B(object):
    def f(self):
        return "B.f"

    @classmethod
    def c(cls):
        return cls.__name__


class C(B):
    def f(self):
        return super(C, self).f() + "->C.f"


obj = C()
p = Proxy(obj)
print(C.__dict__["f"](p))
s = super(C, p)
print(s.__self_class__ is C, s.__self__ is p, s.c())
try:
    super(C, Proxy(B()))
except TypeError as e:
    print('TypeError', e)
try:
    super(C, 3)
except TypeError as e:
    print('TypeError', e)
print(super(C, C).c(), super(B, C()).__self_class__.__name__)
print(super(type, type).__self_class__ is type)
