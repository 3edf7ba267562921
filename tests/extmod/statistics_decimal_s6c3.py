# statistics with Decimal data: results stay Decimal (CPython converts the
# exact Fraction result by dividing in Decimal arithmetic).
import statistics as st
from decimal import Decimal as D, localcontext
from fractions import Fraction as F

d = [D('1.5'), D('2.5'), D('3.25'), D('0.1')]
for f in (st.mean, st.harmonic_mean, st.fmean, st.median, st.median_low, st.median_high,
          st.variance, st.pvariance, st.stdev, st.pstdev):
    r = f(d)
    print(f.__name__, type(r).__name__, r)
print(st.mean([D(1), 2, D(3)]), st.mean([D(1), D(2)]))
print(st.harmonic_mean([D(1), D(3)]), st.harmonic_mean([D('2.5')]))
print(st.stdev([D(1), D(2), D(4)]), st.pstdev([D(2), D(3)]))
with localcontext() as c:
    c.prec = 5
    print(st.stdev([D(1), D(2), D(4)]), st.variance([D(1), D(2), D(4)]), st.mean([D(1), D(2), D(2)]))
print(st.variance([D(1), D(2)], D('1.5')))
print(st.mean([D('nan'), D(1)]).is_nan())
print(st.mode([D(1), D(1), D(2)]), st.quantiles([D(1), D(2), D(3), D(5)]))
for bad in ([D(1), 1.5], [D(1), F(1, 2)]):
    try:
        st.mean(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    st.harmonic_mean(['x'])
except TypeError as e:
    print('TypeError', e)
# SimpleNamespace compares with real SimpleNamespaces only (not objects
# that fake their __class__).
import types
class Fake(str):
    __class__ = types.SimpleNamespace
print(types.SimpleNamespace() == Fake(), types.SimpleNamespace() != Fake())
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1))
class NS(types.SimpleNamespace):
    pass
print(NS(a=1) == types.SimpleNamespace(a=1), types.SimpleNamespace(a=1) == NS(a=2))
