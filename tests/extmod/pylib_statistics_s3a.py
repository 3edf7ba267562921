# statistics (frozen pure-Python module, lib/statistics.py): averages and
# spread with exact sums; result types follow the data (int, Fraction, float).
import statistics as st
from fractions import Fraction as F

seed = 99


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n


ints = [rnd(100) for _ in range(25)]
floats = [rnd(10000) / 7.0 - 300 for _ in range(31)]
fracs = [F(rnd(50) - 20, 1 + rnd(9)) for _ in range(12)]
mixed = [1, 2.5, F(1, 3), True]
sets = [[1, 2, 3], [1, 2, 3, 4], ints, floats, fracs, mixed, [2.5, 3.25, 5.75], [1e100, 1e100, -1e100],
        [0.1] * 10, [10 ** 20, 1, 3], [F(1, 2), F(3, 4)]]
for data in sets:
    print(len(data), repr(st.mean(data)), repr(st.fmean(data)), repr(st.median(data)),
          repr(st.median_low(data)), repr(st.median_high(data)))
    print('  ', repr(st.variance(data)), repr(st.pvariance(data)), repr(st.stdev(data)), repr(st.pstdev(data)))
    print('  ', repr(st.median_grouped(data)), repr(st.median_grouped(data, 2)), repr(st.mode(data)),
          st.multimode(data)[:5])
    print('  ', st.quantiles(data), st.quantiles(data, n=10, method='inclusive'))
print(repr(st.variance(ints, 50)), repr(st.pvariance(floats, 1.5)), repr(st.stdev([1, 2, 3, 4], 2.5)),
      repr(st.pstdev([F(1), F(2)], F(3, 2))))
positives = [x for x in ints if x > 0]
print(repr(st.harmonic_mean(positives)), repr(st.harmonic_mean([2.5, 3, 10])), repr(st.harmonic_mean([F(1, 2), 3])),
      repr(st.harmonic_mean([40, 60], weights=[5, 30])), repr(st.harmonic_mean([5])), st.harmonic_mean([1, 0, 3]))
print(repr(st.geometric_mean([54, 24, 36])), repr(st.geometric_mean(positives)))
print(repr(st.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3])), repr(st.fmean(iter([1, 2, 3, 4]))))
print(st.mode(['red', 'blue', 'blue', 'red', 'green', 'red']), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9.5, 8.25, 7, 6.5, 5, 4.75, 3, 2, 1.25]
print(repr(st.covariance(x, y)), repr(st.covariance(x, z)), repr(st.correlation(x, z)), repr(st.correlation(x, y)))
print(st.linear_regression(x, z), st.linear_regression(x, y, proportional=True))
r = st.linear_regression([1, 2, 3], [2, 4, 7])
print(r.slope, r.intercept, type(r).__name__)
print(repr(st.mean([float('inf'), 1])), repr(st.variance([1, 2, float('inf')])), repr(st.mean([True, False, True])))
print(st.quantiles([1, 2], n=1), st.quantiles(range(100), n=4), st.median(range(10)), st.median([F(1, 2), 3]))
errors = [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.pvariance([]), lambda: st.stdev([2]),
          lambda: st.pstdev([]), lambda: st.median([]), lambda: st.median_low([]), lambda: st.median_high([]),
          lambda: st.median_grouped([]), lambda: st.mode([]), lambda: st.fmean([]),
          lambda: st.fmean([1, 2], weights=[1]), lambda: st.fmean([1, 2], weights=[0, 0]),
          lambda: st.geometric_mean([1, -1]), lambda: st.geometric_mean([]), lambda: st.harmonic_mean([]),
          lambda: st.harmonic_mean([1, -2]), lambda: st.harmonic_mean([1, 2], weights=[1]),
          lambda: st.harmonic_mean([-1]), lambda: st.quantiles([1], n=4), lambda: st.quantiles([1, 2], n=0),
          lambda: st.quantiles([1, 2], method='odd'), lambda: st.covariance([1, 2], [1]),
          lambda: st.covariance([1], [1]), lambda: st.correlation([1, 1, 1], [1, 2, 3]),
          lambda: st.correlation([1], [2, 3]), lambda: st.linear_regression([2, 2], [1, 3]),
          lambda: st.linear_regression([1], [1]), lambda: st.mean(['a', 'b']),
          lambda: st.median_grouped(['x', 'y', 'z']), lambda: st.harmonic_mean(['a'])]
for bad in errors:
    try:
        print('no error', bad())
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError), sorted(n for n in st.__all__ if n != 'NormalDist'))
