# object.__setattr__/__delattr__ refuse a class (its attributes go through
# type.__setattr__, CPython's "Carlo Verre" check), and a metaclass's hooks
# still reach type's versions through super().


def show(f, *args):
    try:
        f(*args)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)


class M(type):
    pass


class C(metaclass=M):
    pass


class P:
    pass


for target in (int, type, M, C, P):
    show(object.__setattr__, target, "x", 1)
    show(object.__delattr__, target, "x")
print(hasattr(C, "x"), hasattr(P, "x"))
# The class check comes before the name check, as in CPython.
show(object.__setattr__, int, 5, 1)

# type's versions on classes.
type.__setattr__(C, "y", 2)
type.__setattr__(P, "y", 3)
print(C.y, P.y, type.__setattr__ is object.__setattr__)
type.__delattr__(C, "y")
type.__delattr__(P, "y")
print(hasattr(C, "y"), hasattr(P, "y"))
show(type.__setattr__, int, "y", 1)
show(type.__setattr__, P, 1, 1)

# Instances are unchanged.
p = P()
object.__setattr__(p, "z", 4)
print(p.z)
object.__delattr__(p, "z")
print(hasattr(p, "z"))
show(object.__setattr__, 1, "z", 1)


# A metaclass's hooks: super() reaches type's versions, object's refuse.
class Logged(type):
    def __setattr__(cls, k, v):
        print("set", k)
        super().__setattr__(k, v)

    def __delattr__(cls, k):
        print("del", k)
        super().__delattr__(k)


class L(metaclass=Logged):
    pass


L.a = 1
print(L.a)
del L.a
print(hasattr(L, "a"))


class Bad(type):
    def __setattr__(cls, k, v):
        object.__setattr__(cls, k, v)


class B(metaclass=Bad):
    pass


try:
    B.a = 1
except TypeError as e:
    print("TypeError", e)
print(hasattr(B, "a"))
