# dir(): instance attributes after __dict__ was read, the special methods of
# built-in objects, and a module's own __dir__ (PEP 562).
import sys


class A:
    def m(self):
        pass


a = A()
a.x = 1
print("x" in dir(a))
a.__dict__
a.y = 2
print("x" in dir(a), "y" in dir(a), "m" in dir(a))
print("__qualname__" in dir(A), "__module__" in dir(A))

# Names some objects lack here (pickling helpers, weakrefs, generic aliases).
IGNORE = {"__getstate__", "__reduce__", "__reduce_ex__", "__subclasshook__",
          "__class_getitem__", "__dict__", "__weakref__", "__getformat__",
          "numerator", "denominator", "real", "imag"}


def show(name, o):
    print(name, [n for n in sorted(dir(o)) if n not in IGNORE])


for name, o in [("int", 5), ("bool", True), ("float", 1.5), ("complex", 1j),
                ("str", "s"), ("list", []), ("dict", {}), ("tuple", ()),
                ("set", set()), ("frozenset", frozenset()), ("range", range(2)),
                ("None", None), ("slice", slice(1)), ("object", object()),
                ("object cls", object), ("list cls", list), ("int cls", int),
                ("instance", a), ("class", A), ("method", a.m)]:
    show(name, o)

# PEP 562: a module's __dir__ decides.
sys.path.insert(0, "pkgs")
import imp_mod1

print("x" in dir(imp_mod1))
imp_mod1.__dir__ = lambda: ["zeta", "alpha"]
print(dir(imp_mod1))


# __slots__ names are listed, set or not.
class S:
    __slots__ = ("a", "b")


s = S()
s.a = 1
print([n for n in dir(s) if not n.startswith("__")], [n for n in dir(S) if not n.startswith("__")])
