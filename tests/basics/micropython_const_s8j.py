# MicroPython's const(): uses later in the module are folded at compile time,
# names starting with '_' are not stored at all (not in globals, not class
# attributes). CPython has no such folding or hiding (and no micropython
# module), so the expected output is a hand-written .exp file.
from micropython import const

X = const(3)
_Y = const(4)
Z = const(X * 2 + _Y)
S = const("abc")
B = const(b"xy")
T = const((1, X, "q"))
_N = const(-X)
print(X, _Y, Z, S, B, T, _N)
g = globals()
print("X" in g, "_Y" in g, "Z" in g, "S" in g, "_N" in g)


def f():
    return X + _Y + Z, _N * 2


print(f())


class A:
    _P = const(10)
    W = const(11)

    def m(self):
        return _P + self.W


print(hasattr(A, "_P"), A.W, A().m())


# An argument that is not a constant leaves an ordinary call.
def h(v):
    return const(v)


# As in MicroPython, an assigned const() whose argument does not reduce to a
# value at compile time is a SyntaxError; so is assigning a const name again.
for src in ["q = const(len('ab'))", "q = const(1 // 0)", "X = 5", "X = const(3)", "for X in (): pass"]:
    try:
        exec("from micropython import const\nX = const(1)\n" + src.replace("X = const(1)", ""))
        print("ok")
    except SyntaxError:
        print("SyntaxError")
# Big ints and floats are computed at compile time.
_B = const(1 << 80)
C = const(_B * _B - (_B << 3))
F = const(2.5 * -2 + 1 / 4)
print(h(5), C, F)
