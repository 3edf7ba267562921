# Number attributes looked up on the class are descriptors (int.real);
# OSError subclasses overriding __new__ or __init__; sys.setrecursionlimit
# refusing a limit at or below the current depth.
import sys

print(int.real, type(int.real).__name__)
print(int.real.__get__(5), int.imag.__get__(5), int.numerator.__get__(7), int.denominator.__get__(7))
print(int.real.__get__(True), bool.denominator)
print(float.real.__get__(2.5), float.imag.__get__(2.5))
print(complex.real.__get__(1 + 2j), complex.imag.__get__(1 + 2j))
print(hasattr(int, "real"), hasattr(float, "numerator"), hasattr(str, "real"))


class I(int):
    pass


print(I.numerator.__get__(I(9)))
try:
    int.real.__get__("x")
except TypeError as e:
    print("TypeError", e)


class MyOSError(OSError):
    def __new__(cls, *args):
        return super().__new__(cls, "custom", *args)


e = MyOSError(2, "x")
print(e.args, e.errno, e.strerror)


class InitOnly(OSError):
    def __init__(self, x, y):
        pass


e = InitOnly(1, 2)
print(e.args, e.errno, e.strerror)


class InitSuper(OSError):
    def __init__(self, x, y):
        super().__init__(x, y)


e = InitSuper(1, 2)
print(e.args, e.errno, e.strerror, str(e))


class NewExc(Exception):
    def __new__(cls, *a):
        return super().__new__(cls, "custom", *a)


print(NewExc(1).args)

old = sys.getrecursionlimit()


def f(n, lim):
    if n == 0:
        try:
            sys.setrecursionlimit(lim)
            sys.setrecursionlimit(old)
            print("ok", lim)
        except RecursionError as e:
            print(e)
        return
    f(n - 1, lim)


for lim in (1, 3, 100):
    f(0, lim)
for lim in (5, 100):
    f(2, lim)
print(sys.getrecursionlimit() == old)
