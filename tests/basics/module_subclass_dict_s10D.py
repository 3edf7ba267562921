# dir(), vars() and __dict__ of instances of types.ModuleType subclasses: the
# module's own namespace, as for plain modules.
import sys
import types

m0 = types.ModuleType("plain", "doc0")
print(sorted(dir(m0)), sorted(vars(m0)), m0.__doc__)


class M(types.ModuleType):
    x = 5

    def f(self):
        return 1


m = M("mm", "doc")
m.a = 1
print(sorted(dir(m)))
print(sorted(vars(m)), m.__doc__, m.__dict__ is vars(m))
print(m.x, m.f(), m.__name__, m.__dict__["__name__"], m.__dict__["a"])
print(list(vars(m))[0], "x" in vars(m))
vars(m)["b"] = 2
print(m.b)
del m.a
print(hasattr(m, "a"), sorted(vars(m)))


class M2(types.ModuleType):
    def __init__(self, name):
        super().__init__(name)
        self.b = 2


m2 = M2("m2mod_s10D")
print(sorted(dir(m2)), list(vars(m2)))
sys.modules["m2mod_s10D"] = m2
import m2mod_s10D

print(m2mod_s10D is m2, m2mod_s10D.b, m2mod_s10D.__name__)
from m2mod_s10D import b

print(b)
del sys.modules["m2mod_s10D"]


# A lazy module: attributes made on first use by __getattr__.
class Lazy(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        value = name.upper()
        setattr(self, name, value)
        return value


lz = Lazy("lz")
print(lz.abc, "abc" in vars(lz), sorted(vars(lz)))
print(hasattr(lz, "_hidden"))


print(repr(m).startswith("<module 'mm'"), repr(m2))
