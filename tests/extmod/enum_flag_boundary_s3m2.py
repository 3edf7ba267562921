# enum FlagBoundary (STRICT/CONFORM/EJECT/KEEP): values with bits no member
# covers, negative values, inversion, class-keyword and functional boundary.
import enum
from enum import Flag, IntFlag, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
print(repr(STRICT), str(KEEP), FlagBoundary.CONFORM.value, list(FlagBoundary))
for base in (Flag, IntFlag):
    for b in (STRICT, CONFORM, EJECT, KEEP, None):
        kw = {} if b is None else {'boundary': b}
        class F(base, **kw):
            A = 1
            C = 4
            D = 16
        print(base.__name__, b, F._boundary_)
        for v in (5, 2, 7, 32, 34, -1, -2, 0, -22, 'x'):
            try:
                r = F(v)
                print('  ', v, type(r).__name__, repr(r), str(r), int(r) if isinstance(r, int) else r._value_)
            except Exception as e:
                print('  ', v, type(e).__name__, str(e).splitlines()[0])
        try:
            print('  inv', repr(~F.A), repr(~F(0)), repr(F.A | F.D), repr(F.A ^ F.C))
        except Exception as e:
            print('  inv', type(e).__name__)
G = Flag('G', 'X Y', boundary=CONFORM)
print(G._boundary_, repr(G(7)), repr(~G.X))
