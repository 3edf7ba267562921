# math.isclose and cmath.isclose: arguments, tolerances, their checks and
# which error comes first (both share one argument helper).
import math
import cmath

for f in (math.isclose, cmath.isclose):
    print(f(1.0, 1.0 + 1e-10), f(1, 2), f(1, 1.05, rel_tol=0.1), f(0, 1e-12, abs_tol=1e-9))
    print(f(a=1, b=1), f(1, b=1.0000000001), f(0.0, -0.0), f(1e308, float('inf')))
    print(f(float('inf'), float('inf')), f(float('-inf'), float('inf')), f(float('nan'), float('nan')))
    print(f(5, 5, rel_tol=0, abs_tol=0), f(5, 6, rel_tol=0, abs_tol=1), f(5, 6, rel_tol=0.2))
    print(f(True, 1), f(10**20, 10**20 + 1))
    for args, kw in [((1,), {}), ((1, 2, 3), {}), ((1, 1), {'rel_tol': -1}), ((1, 1), {'abs_tol': -1e-9}),
                     ((1, 1), {'rel_tol': 'x'}), (('a', 1), {'rel_tol': 'x'}), (('a', 1), {'rel_tol': -1}),
                     ((1, 'b'), {'abs_tol': -1}), ((1, 1), {'tol': 1}), ((), {'a': 1})]:
        try:
            print(f(*args, **kw))
        except (TypeError, ValueError) as e:
            print(type(e).__name__)

print(cmath.isclose(1j, 1j + 1e-10), cmath.isclose(1 + 1j, 2), cmath.isclose(1, 1.05j, rel_tol=2))
print(cmath.isclose(complex('inf'), 1), cmath.isclose(complex(1, float('inf')), complex(1, float('inf'))))
print(cmath.isclose(3 + 4j, 3 + 4.0001j, abs_tol=1e-3), cmath.isclose(3 + 4j, 3 + 4.0001j, rel_tol=1e-5))
