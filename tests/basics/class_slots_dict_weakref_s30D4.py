# __slots__ naming __dict__ or __weakref__ (session 30, helper D4): neither is
# checked against the class namespace, only the best base's layout decides
# whether instances already have them, and variable-size built-ins refuse
# every non-empty __slots__.


def make(src):
    try:
        exec(src, {})
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)


# a class variable of the same name does not conflict
make("class A:\n    __slots__ = ('a', '__weakref__')\n    __weakref__ = 5")
make("class A:\n    __slots__ = ('a', '__dict__')\n    __dict__ = 5")
make("class A:\n    __slots__ = ('a',)\n    a = 5")
# built-in exceptions always have a __dict__
make("class E(Exception):\n    __slots__ = ('a', '__dict__')")
make("class E(Exception):\n    __slots__ = ('a', '__weakref__')")
# int, bytes, tuple and type take no slots at all
for base in ("int", "bytes", "tuple", "type"):
    for slots in ("('__weakref__',)", "('__dict__',)", "(1,)", "('a',)", "()"):
        make("class A(%s):\n    __slots__ = %s" % (base, slots))
# only the best base counts: list's layout wins over a plain class's
make("class P:\n    pass\nclass A(P, list):\n    __slots__ = ('__dict__', '__weakref__')")
make("class P:\n    pass\nclass A(list, P):\n    __slots__ = ('__dict__',)")
make("class P:\n    pass\nclass A(P):\n    __slots__ = ('__dict__',)")


# the class keeps working
class P:
    pass


class A(P, list):
    __slots__ = ("__dict__", "__weakref__")


a = A([1, 2])
a.x = 3
print(a, a.x, a.__dict__, hasattr(a, "__weakref__"))
