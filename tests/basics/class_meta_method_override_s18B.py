# A method a metaclass defines is found on its classes before type's own
# method of the same name (C.mro(), C.__subclasses__(), ...), as CPython looks
# up type(C).__mro__ in order; type's are still found when not overridden.


class M(type):
    def __subclasses__(cls):
        return "M.__subclasses__ of " + cls.__name__

    def __subclasscheck__(cls, sub):
        return "M.__subclasscheck__"

    def mro(cls):
        print("M.mro of", cls.__name__)
        return super().mro()

    def describe(cls):
        return "M.describe of " + cls.__name__


class A(metaclass=M):
    pass


class B(A):
    pass


print(A.__subclasses__(), B.__subclasses__())
print(A.__subclasscheck__(int))
print(A.describe(), B.describe())
print([c.__name__ for c in A.mro()])
print(type.__subclasses__(A) == [B])


class M2(M):
    def describe(cls):
        return "M2>" + super().describe()


class C(metaclass=M2):
    pass


print(C.describe(), C.__subclasses__())
# Not overridden: type's own.
print(A.__instancecheck__(A()), A.__prepare__ is not None)
