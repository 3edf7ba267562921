# math and cmath: every function over special values, domain errors, int/bool/big-int args, dunder hooks
import math, cmath
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r) if not isinstance(r, float) else '%.12g' % r)
    except Exception as e:
        print(type(e).__name__)
names1 = ['sqrt','exp','expm1','log','log2','log10','log1p','cos','sin','tan','acos','asin','atan','cosh','sinh','tanh','acosh','asinh','atanh','erf','erfc','gamma','lgamma','ceil','floor','trunc','fabs','degrees','radians','isfinite','isinf','isnan','frexp','modf']
args = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, -2.5, 1e308, -1e308, 1e-310, float('inf'), float('-inf'), float('nan'), 10**400, True, -3, 700, 1000]
for n in names1:
    f = getattr(math, n, None)
    if f is None:
        print(n, 'missing'); continue
    print(n, end=': ')
    out = []
    for a in args:
        try:
            r = f(a)
            out.append(('%.12g' % r) if isinstance(r, float) else repr(r))
        except Exception as e:
            out.append(type(e).__name__)
    print(' '.join(out))
names2 = ['pow','atan2','copysign','fmod','hypot','ldexp','remainder','isclose','log','gcd','lcm','comb','perm','dist','nextafter']
a2 = [(2, 3), (0.0, 0.0), (-0.0, -1.0), (0.0, -1), (-1, 0.5), (float('inf'), 0), (1, float('nan')), (float('nan'), 0), (1e308, 10), (-2, float('inf')), (5, -1), (10, 2), (3, 1.5), (2, 10**400), (10**400, 2)]
for n in names2:
    f = getattr(math, n, None)
    if f is None:
        print(n, 'missing'); continue
    out = []
    for a in a2:
        try:
            r = f(*a, **k)
            out.append(('%.12g' % r) if isinstance(r, float) else repr(r))
        except Exception as e:
            out.append(type(e).__name__)
    print(n, ' '.join(out))
t(math.factorial, 0); t(math.factorial, 20); t(math.factorial, 25); t(math.factorial, -1); t(math.factorial, 2.0); t(math.factorial, 1.5)
print(len(str(math.factorial(500))))
t(math.isqrt, 10**40); t(math.isqrt, -1); t(math.isqrt, 17)
t(math.isclose, 1.0, 1.0 + 1e-10); t(math.isclose, 1.0, 1.1, rel_tol=0.2); t(math.isclose, 0, 1e-10, abs_tol=1e-9); t(math.isclose, 1, 1, rel_tol=-1)
t(math.isclose, float('inf'), float('inf')); t(math.isclose, float('nan'), float('nan')); t(math.isclose, 1, 2, 3)
print(math.pi, math.e, math.tau, math.inf, math.nan)
t(math.fsum, [0.1] * 10); t(math.fsum, [1e308, 1e308]); t(math.prod, [1, 2, 3.5]); t(math.sqrt, 'x'); t(math.sqrt, 2, 3); t(math.sqrt)
t(math.log, 8, 2); t(math.log, 10**400); t(math.log, 0); t(math.log, -1); t(math.log, 1, 1); t(math.log, 2, 0); t(math.log2, 2**1000); t(math.log10, 10**500)
t(math.ceil, float('inf')); t(math.floor, float('nan')); t(math.ceil, 1e300); t(math.trunc, -2.5)
t(math.modf, float('inf')); t(math.frexp, float('inf')); t(math.ldexp, 1.0, 10**20); t(math.ldexp, 1.0, -10**20)
t(math.pow, 0, -1); t(math.pow, -1, 0.5); t(math.pow, float('nan'), 0); t(math.pow, 1, float('nan')); t(math.pow, 10, 400)
t(math.atan2, float('inf'), float('inf')); t(math.hypot, 3, 4, 12); t(math.hypot); t(math.dist, (0, 0), (3, 4))
t(math.copysign, 1, -0.0); t(math.fmod, float('inf'), 1); t(math.fmod, 1, 0); t(math.fmod, -7, 3)
class A:
    def __float__(self): return 2.25
t(math.sqrt, A()); t(math.floor, A())
class B:
    def __floor__(self): return 'fl'
    def __ceil__(self): return 'ce'
    def __trunc__(self): return 'tr'
t(math.floor, B()); t(math.ceil, B()); t(math.trunc, B())
for z in [0j, 1+1j, -1+0j, complex(-1, -0.0), 1j, complex(float('inf'), 0), complex(0, float('nan')), 2]:
    out = []
    for n in ['sqrt', 'exp', 'log', 'log10', 'cos', 'sin', 'phase', 'polar', 'acos', 'asin', 'atan', 'tan', 'cosh', 'sinh', 'tanh', 'acosh', 'asinh', 'atanh', 'isfinite', 'isinf', 'isnan']:
        f = getattr(cmath, n, None)
        if f is None:
            out.append(n + '?'); continue
        try:
            r = f(z)
            if isinstance(r, complex): out.append('(%.8g%+.8gj)' % (r.real, r.imag))
            elif isinstance(r, tuple): out.append('(%.8g,%.8g)' % r)
            elif isinstance(r, float): out.append('%.8g' % r)
            else: out.append(repr(r))
        except Exception as e:
            out.append(type(e).__name__)
    print(z, ' '.join(out))
t(cmath.rect, 2, math.pi / 2); t(cmath.log, 8, 2); t(cmath.log, 0); t(cmath.isclose, 1j, 1.0000000001j); print(cmath.pi, cmath.e, cmath.inf, cmath.infj, cmath.nanj)
