# floor, ceil and trunc return ints and honour __floor__/__ceil__/__trunc__
import math

for x in (2.5, -2.5, 2.0, -0.5, 1e20, -1e20, 7, -7, True, 2**80):
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
class Num:
    def __floor__(self):
        return 'floor'
    def __ceil__(self):
        return 'ceil'
    def __trunc__(self):
        return 'trunc'
class FloatLike:
    def __float__(self):
        return 3.7
print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()))
print(math.floor(FloatLike()), math.ceil(FloatLike()))
for f, x in ((math.floor, math.inf), (math.ceil, -math.inf), (math.floor, math.nan), (math.floor, 'x'),
             (math.trunc, 'x'), (math.trunc, FloatLike())):
    try:
        f(x)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__)
