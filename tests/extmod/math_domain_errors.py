# ValueError for arguments outside a domain, OverflowError for huge results
import math

cases = [
    (math.sqrt, -1), (math.log, 0), (math.log, -1), (math.log2, 0), (math.log10, -5), (math.log1p, -1),
    (math.asin, 2), (math.acos, -2), (math.acosh, 0.5), (math.atanh, 1), (math.sin, math.inf),
    (math.cos, -math.inf), (math.tan, math.inf), (math.gamma, 0), (math.gamma, -2), (math.gamma, -math.inf),
    (math.lgamma, 0), (math.lgamma, -3), (math.exp, 1000), (math.exp2, 2000), (math.expm1, 1000),
    (math.cosh, 1000), (math.sinh, -1000), (math.gamma, 200), (math.pow, 10, 400), (math.pow, 0, -1),
    (math.pow, -8, 1 / 3), (math.fmod, 1, 0), (math.fmod, math.inf, 1), (math.remainder, 1, 0),
    (math.ldexp, 1.0, 10000), (math.log, 2, 1), (math.sqrt, 'x'), (math.sqrt, 10**400), (math.exp, None),
]
for f, *args in cases:
    try:
        print(f(*args))
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
print(math.sqrt(math.inf), math.exp(-math.inf), math.log(math.inf), math.atan(math.inf), math.isnan(math.sqrt(math.nan)))
print(math.ldexp(1.0, -10000), math.exp(-1000), math.pow(2, -2000))
