# MicroPython's const(): the argument of an assigned const() must reduce to a
# value at compile time, else SyntaxError; a const name cannot be bound again.
# Arithmetic on big ints and floats is computed at compile time. CPython has
# no micropython module, so the expected output is a hand-written .exp file.
from micropython import const


def test_syntax(code):
    try:
        exec("from micropython import const\n" + code)
        print("ok")
    except SyntaxError:
        print("SyntaxError")


for code in [
    "a = const(x)",
    "A = const(1); A = const(2)",
    "_A = const(1); _A = const(2)",
    "A = const(1 @ 2)",
    "A = const(1 << -2)",
    "A = const(1 >> -2)",
    "A = const(1 % 0)",
    "A = const(1 // 0)",
    "A = const(1.5 / 0)",
    "A = const(len('a'))",
    "A = const([1])",
    "A = const(1)\nA = 2",
    "A = const(1)\nfor A in (): pass",
    "A = const(1)\n(A := 2)",
    "A = const(1)\nB, A = 1, 2",
    "A = const(1)\nprint(A + 1)",
    "A = const(2)\nB = const(A ** 100 - 1)\nprint(B)",
    "A = const(1)\nprint(const(A) + 1)",
    "f = lambda v: const(v)\nprint(f(3))",
]:
    test_syntax(code)

Z1 = const(0xFFFFFFFF)
Z2 = const(0xFFFFFFFFFFFFFFFF)
print(hex(Z1), hex(Z2))
Z3 = const(Z1 + Z2)
Z4 = const((1 << 100) + Z1)
Z5 = const(Z4 * Z4 // Z2 % 1000003)
print(hex(Z3), hex(Z4), Z5)
F1 = const(2.5)
F2 = const(-0.25)
F3 = const(F1 + F2)
F4 = const(F1 ** 2)
F5 = const(1 / 2)
F6 = const(2 ** -2)
print(F1, F2, F3, F4, F5, F6)


def f():
    return Z3, F3


print(f())
