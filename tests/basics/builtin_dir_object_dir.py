# o.__dir__() (object.__dir__) lists the same names as dir(o), unsorted: for
# built-in objects that includes __doc__ and data attributes (int.real ...).
import sys


class A:
    x = 1

    def __init__(self):
        self.y = 2


def f():
    pass


for o in ([], {}, 1, 2.5, 1j, "", b"", object(), len, f, range(3), A(), sys,
          ValueError("x"), property(), slice(1), int, A):
    names = type(o).__dir__(o) if isinstance(o, type) else o.__dir__()
    print(type(o).__name__, type(names).__name__, sorted(names) == dir(o))


# a __dir__ built on super().__dir__(), for instances and for classes
class B(A):
    def __dir__(self):
        return ["extra"] + super().__dir__()


print(dir(B()) == sorted(["extra"] + dir(A())))


class M(type):
    def __dir__(cls):
        return ["meta"] + super().__dir__()


class K(metaclass=M):
    z = 3


d = dir(K)
print("meta" in d, "z" in d, "__init__" in d)
