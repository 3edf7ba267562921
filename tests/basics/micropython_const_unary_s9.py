# const() folds unary operators on results only const() computes (big ints).
# A .exp: CPython has no micropython module.
from micropython import const
X = const(-(2**62 + 2**62))
Y = const(~(2**200))
Z = const(-(-(3 * 2**70)))
W = const(-2.5 * -(2.0 ** 3))
print(X, Y, Z, W)
