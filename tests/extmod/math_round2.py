import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), type(math.floor(2.5)).__name__, math.floor(10**20), math.ceil(2**70 + 0.0) == 2**70)
print(math.sqrt(16), math.pow(2, 0.5), math.exp(0), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log(10**100), math.fabs(-3), math.copysign(3, -0.0))
print(math.isfinite(1e308), math.isinf(float('inf')), math.isnan(float('nan')), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6), math.factorial(20), math.factorial(0), math.comb(10, 3), math.perm(5, 2), math.isqrt(10**20 + 1), math.lcm(4, 6))
print(math.modf(3.5), math.modf(-3.5), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(-7, 3), math.fmod(7, -3), math.remainder(7, 2))
print(round(math.sin(math.pi / 2), 12), round(math.cos(0), 12), round(math.atan2(1, 1), 12), round(math.degrees(math.pi), 9), round(math.radians(180), 12), round(math.hypot(3, 4), 12), round(math.tanh(0.5), 12))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
for f, a in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2), (math.factorial, -1)]:
    try:
        f(a)
    except ValueError:
        print('ValueError', f.__name__)
try:
    math.exp(1000)
except OverflowError:
    print('OverflowError exp')
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3]), math.dist((0, 0), (3, 4)))
print(math.floor(True), math.ceil(-0.0), math.trunc(1e20) == 10**20, math.floor(-1e-300), math.ceil(1e-300))
