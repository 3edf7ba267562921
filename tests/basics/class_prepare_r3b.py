# A metaclass __prepare__ may return any mapping: OrderedDict, a dict
# subclass recording the names bound in the class body, a prefilled dict.
from collections import OrderedDict


class M(type):
    @classmethod
    def __prepare__(m, n, b):
        return OrderedDict()


class K(metaclass=M):
    a = 1
    b = a + 1

    def f(self):
        return self.b


print(K.a, K.b, K().f(), type(K.__dict__["a"]))


class Rec(dict):
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            print("set", k)
        dict.__setitem__(self, k, v)


class M2(type):
    def __prepare__(n, b, **kw):
        r = Rec()
        r["helper"] = 42
        return r

    def __new__(m, n, b, ns, **kw):
        print(type(ns).__name__, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(m, n, b, ns)


class L(metaclass=M2):
    x = helper
    y = 2


print(L.x, L.y, L.helper)


class M3(type):
    @classmethod
    def __prepare__(m, n, b):
        return 5


try:
    class Bad(metaclass=M3):
        pass
except TypeError as e:
    print("TypeError", e)
