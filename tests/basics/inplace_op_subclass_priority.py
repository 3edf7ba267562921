# x op= y on an immutable built-in (int, str, float...) is x = x op y: a
# subclass's own __add__/__or__ or the right operand's __radd__ decides,
# while mutable built-ins (list) keep their in-place form.
class I(int):
    def __add__(s, o):
        return "I.__add__"

    def __or__(s, o):
        return "I.__or__"


a = I(1)
a += 2
print(a)
b = I(1)
b |= 2
print(b)
c = I(5)
c -= 1
print(c, type(c).__name__)


class S(str):
    def __add__(s, o):
        return "S.__add__"


c = S("1")
c += "2"
print(c)


class L(list):
    def __add__(s, o):
        return "L.__add__"


d = L()
d += [1]
print(d, type(d).__name__)


class F(float):
    def __mul__(s, o):
        return "F.__mul__"


e = F(1.0)
e *= 2
print(e)


class R(int):
    def __radd__(s, o):
        return "R.__radd__"

    def __rsub__(s, o):
        return NotImplemented


f = 1
f += R(2)
print(f)
g = 10
g -= R(2)
print(g, type(g).__name__)
h = "x"
try:
    h += R(2)
except TypeError as ex:
    print("TypeError")

import enum


class Perm(enum.IntFlag):
    R = 4
    W = 2


p = Perm.R
p |= Perm.W
print(p == 6, type(p).__name__)
