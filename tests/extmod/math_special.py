# frexp, ldexp, modf, copysign, isclose, isinf/isnan/isfinite, nextafter, ulp
import math

print(math.frexp(8.0), math.frexp(-0.3), math.frexp(0.0), math.frexp(math.inf), math.frexp(5))
print(math.ldexp(0.5, 4), math.ldexp(-3, -2), math.ldexp(1.0, -(2**70)), math.ldexp(math.inf, 5))
try:
    math.ldexp(1, 2**70)
except OverflowError as e:
    print('OverflowError', e)
print(math.modf(2.5), math.modf(-2.5), math.modf(math.inf), math.modf(-math.inf), math.modf(3))
print(math.copysign(1, -0.0), math.copysign(-2, 3), math.copysign(math.inf, -1), math.fabs(-3))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError:
    print('ValueError')
print(math.isinf(math.inf), math.isinf(1e308), math.isnan(math.nan), math.isnan(3), math.isfinite(2**1000), math.isfinite(math.nan))
try:
    math.isfinite(2**2000)
except OverflowError as e:
    print('OverflowError', e)
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.ulp(1.0), math.ulp(0.0), math.ulp(math.inf))
try:
    math.ldexp(1.0, 2.0)
except TypeError:
    print('TypeError')
