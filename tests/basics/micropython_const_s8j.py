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


q = const(len("ab"))
print(q, h(5), "q" in g)
