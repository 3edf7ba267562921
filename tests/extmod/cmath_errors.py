# Domain errors (ValueError) and range errors (OverflowError) of cmath.
import cmath


def check(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__)


check(cmath.log, 0)
check(cmath.log, 0j)
check(cmath.log, -0.0)
check(cmath.log10, 0)
check(cmath.log, 2, 1)
check(cmath.log, 2, 0)
check(cmath.atanh, 1)
check(cmath.atanh, -1)
check(cmath.atan, 1j)
check(cmath.atan, -1j)
check(cmath.exp, 800)
check(cmath.exp, 1e308 + 1e308j)
check(cmath.sinh, 800)
check(cmath.cosh, -800 + 1j)
check(cmath.sin, 800j)
check(cmath.cos, 800j)
check(cmath.exp, complex(0, float('inf')))
check(cmath.polar, 1e308 + 1e308j)
check(cmath.rect, 1, float('inf'))
check(cmath.sqrt, 'x')
check(cmath.sqrt, None)
check(cmath.phase, [1])
check(cmath.rect, 1j, 1)
check(lambda: cmath.isclose(1, 1, rel_tol=-1))
check(cmath.sqrt)
