# phase, polar, rect, the is* predicates, isclose and the constants.
import cmath
import math

inf = math.inf
nan = math.nan
for z in [1 + 1j, -1, complex(-1, -0.0), 3 - 4j, 0j, -0j, complex(-0.0, 0.0), 1e308 + 1e308j, 2.5]:
    print(cmath.phase(z), cmath.polar(z))
for r in [inf, -inf, nan, 0.0, -0.0, 2.0]:
    out = []
    for phi in [0.0, -0.0, 1.0, -1.0, inf, -inf, nan]:
        try:
            out.append(repr(cmath.rect(r, phi)))
        except ValueError:
            out.append('ValueError')
    print(r, ' '.join(out))
print(cmath.rect(2, cmath.pi / 2), cmath.rect(1, math.pi))
for z in [0j, 1 + 1j, complex(inf, 0), complex(0, -inf), complex(nan, 0), complex(1, nan), 5]:
    print(cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2))
print(cmath.isclose(0j, 1e-10), cmath.isclose(0j, 1e-10, abs_tol=1e-9), cmath.isclose(complex(inf, 1), complex(inf, 1)))
print(cmath.isclose(complex(inf, 1), complex(inf, 2)), cmath.isclose(nan, nan), cmath.isclose(a=1, b=1))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(type(cmath.pi).__name__, type(cmath.infj).__name__)
