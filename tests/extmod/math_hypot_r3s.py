# math.hypot and math.dist are correctly rounded (as CPython's, within
# its rare exceptions); isfinite/isinf/isnan convert huge ints like float().
import math

vals = [
    (3, 4), (1.5, 2.5, 3.5, 4.5), (1, 1, 1), (0.1, 0.2, 0.3), (1e300, 1e300, 1e300),
    (1e-300, 2e-300, 3e-300), (5e-324, 5e-324), (1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
    (-7.25, 0.001, 123456.789), (1e16, 1, 1), (2.0 ** 0.5, 3.0 ** 0.5, 5.0 ** 0.5),
    (1.7976931348623157e308, 1.0), (0.6, 0.8, 1e-17),
]
for v in vals:
    print(v, repr(math.hypot(*v)), repr(math.dist(v, [0.25] * len(v))))
print(math.hypot(), math.hypot(-2.5), math.hypot(float("inf"), float("nan")))
print(math.dist([1, 2], (4, 6)), math.dist(iter([0, 0]), iter([3, 4])))
try:
    math.dist(1, 2)
except TypeError as e:
    print("TypeError", e)

for f in (math.isfinite, math.isinf, math.isnan):
    print(f(10 ** 300), f(True))
    try:
        f(10 ** 400)
    except OverflowError as e:
        print("OverflowError", e)
print(math.lgamma(float("-inf")), math.lgamma(float("inf")))
