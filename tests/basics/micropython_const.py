# micropython.const() declares compile-time constants. CPython has no
# micropython module, so the expected output is a hand-written .exp file.
from micropython import const
X = const(123)
Y = const(X * 2 + 1)
MASK = const(0xff00)
print(X, Y, MASK)
def f():
    return X + Y
print(f(), MASK >> 8)
import micropython
print(micropython.const(7))
