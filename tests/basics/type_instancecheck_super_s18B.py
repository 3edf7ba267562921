# A metaclass's __instancecheck__/__subclasscheck__ may defer to type's own
# checks through super() or call type.__instancecheck__ directly.


class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return super().__instancecheck__(inst)

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return super().__subclasscheck__(sub)


class A(metaclass=Meta):
    pass


class B(A):
    pass


print(isinstance(B(), A), isinstance(1, A), isinstance(A(), A))
print(issubclass(B, A), issubclass(int, A), issubclass(A, A))
print(isinstance(B(), (int, A)))

# Called on type directly: no hook is consulted.
print(type.__instancecheck__(A, B()), type.__instancecheck__(int, True))
print(type.__instancecheck__(A, 1), type.__subclasscheck__(A, B))
print(type.__subclasscheck__(int, bool), type.__subclasscheck__(bool, int))
print("__instancecheck__" in dir(type), "__subclasscheck__" in dir(type))

# A check that claims everything, falling back to type's for the rest.
class Duck(type):
    def __instancecheck__(cls, inst):
        return hasattr(inst, "quack") or type.__instancecheck__(cls, inst)


class Quacker(metaclass=Duck):
    pass


class Q:
    def quack(self):
        pass


print(isinstance(Q(), Quacker), isinstance(1, Quacker), isinstance(Quacker(), Quacker))

try:
    type.__subclasscheck__(A, 1)
except TypeError:
    print("TypeError")
