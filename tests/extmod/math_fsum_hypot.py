# fsum is exactly rounded; hypot and dist take any number of coordinates
import math

print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum(range(10)), math.fsum([1.0, 1e-16, 1e-16]), math.fsum(x / 7 for x in range(100)))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -math.inf]), math.isnan(math.fsum([math.nan, 1.0])))
for bad in ([math.inf, -math.inf], [1e308, 1e308]):
    try:
        math.fsum(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(-3, -4), math.hypot(1e300, 1e300))
print(math.hypot(math.inf, math.nan), math.isnan(math.hypot(math.nan, 1)), math.hypot(0, 0, 0))
print(math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]), math.dist((), ()))
try:
    math.dist((1,), (1, 2))
except ValueError:
    print('ValueError')
