# cmath functions at infinities, nans and signed zeros (C99 Annex G values).
import cmath
import math

inf = math.inf
nan = math.nan
parts = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
for name in ['sqrt', 'exp', 'log', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh',
             'sin', 'cos', 'tan', 'asin', 'acos', 'atan']:
    f = getattr(cmath, name)
    for a in parts:
        out = []
        for b in parts:
            if math.isfinite(a) and math.isfinite(b):
                continue
            try:
                out.append(repr(f(complex(a, b))))
            except ValueError:
                out.append('ValueError')
            except OverflowError:
                out.append('OverflowError')
        print(name, a, ' '.join(out))
