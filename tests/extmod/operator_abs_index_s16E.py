# operator.abs and operator.index share their C functions with abs() and
# with the int-argument check of range() and math; each keeps its own name.
import math
import operator

print(abs.__name__, operator.abs.__name__, repr(operator.abs))
print(operator.abs(-3), operator.abs(2.5), operator.__abs__(-7))
print(operator.index(True), operator.index(-4), operator.__index__(2**70))


class I:
    def __index__(self):
        return 6


print(operator.index(I()), range(I())[-1], math.comb(I(), 2))
for f in (operator.index, range, math.factorial, lambda x: math.comb(x, 1), lambda x: operator.length_hint([], x)):
    try:
        f(1.5)
    except TypeError as e:
        print("TypeError", "cannot be interpreted as an integer" in str(e))
