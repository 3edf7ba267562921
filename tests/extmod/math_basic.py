# the float functions of math on ordinary arguments
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
for name in ('sqrt', 'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos',
             'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'atanh', 'erf', 'erfc', 'fabs', 'cbrt', 'degrees', 'radians'):
    f = getattr(math, name)
    print(name, [round(f(x), 12) for x in (0.25, 0.5, 0.75)])
print(math.sqrt(16), math.sqrt(2), math.exp(0), math.log(1), math.log(8, 2), math.log(100, 10), math.log10(1000))
print(math.pow(2, 10), math.pow(2, -1), math.pow(1, float('nan')), math.pow(float('nan'), 0), math.pow(-8, 3))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -1.0), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(5, math.inf))
print(math.gamma(5), round(math.gamma(0.5), 12), math.lgamma(1), math.remainder(7, 4), math.hypot(3, 4), math.cbrt(27))
print(math.sqrt(10**30), math.exp(1.5), math.acosh(1), math.log2(8), math.log(2**100, 2))
