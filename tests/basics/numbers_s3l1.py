# int() and complex() of subclasses with their own conversion methods,
# explicit bases only for text, complex == huge int.


class MyInt(int):
    def __int__(self):
        return 42


class BadInt(int):
    def __int__(self):
        return 4.5


class Plain(int):
    pass


print(int(MyInt(7)), MyInt(7) + 0)
try:
    int(BadInt(7))
except TypeError as e:
    print("TypeError", e)
print(int(Plain(5)), type(int(Plain(5))).__name__)

for f in (bytes, bytearray, memoryview):
    x = f(b"101")
    print(int(x))
    try:
        print(int(x, 2))
    except TypeError as e:
        print("TypeError", e)


class C0(complex):
    def __complex__(self):
        return 42j


print(complex(C0(1j)))


class Cplain(complex):
    pass


print(complex(Cplain(2 + 3j)), complex(Cplain(1j), 1))
print(complex.__eq__(1 + 1j, 1 << 10000), (1 + 0j) == 1, 2**70 + 0j == 2**70)
print((1 + 0j) != (1 << 10000), complex(1 << 60) == 1 << 60)


class Foo2(float):
    def __float__(self):
        return 42.0


class Foo4(float):
    def __float__(self):
        return 42


class FooStr(str):
    def __float__(self):
        return float(str(self)) + 1


class PF(float):
    pass


print(float(Foo2()), float(FooStr("8")), float(PF(2.5)), type(float(PF(2.5))).__name__)
try:
    float(Foo4(42))
except TypeError as e:
    print("TypeError", e)
print(float.__getformat__("double") in ("IEEE, little-endian", "IEEE, big-endian"))
try:
    float.__getformat__("int")
except ValueError as e:
    print("ValueError", e)

import math


class Ceil:
    def __ceil__(self):
        return 42


class FloatCeil(float):
    def __ceil__(self):
        return 43


class NoCeil:
    pass


t = NoCeil()
t.__ceil__ = lambda *a: a
print(math.ceil(Ceil()), math.ceil(FloatCeil(1.5)), math.floor(FloatCeil(1.5)))
try:
    math.ceil(t)
except TypeError:
    print("TypeError")


class Conv:
    def __float__(self):
        self.converted = True
        return 1.0


for fn in (math.atan2, math.copysign, math.remainder):
    y = Conv()
    try:
        fn("x", y)
    except TypeError:
        print("TypeError", hasattr(y, "converted"))
