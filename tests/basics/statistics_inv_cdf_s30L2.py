# statistics: NormalDist.inv_cdf and quantiles agree with CPython to the last
# bit (Wichura's AS241, the algorithm CPython uses); from_samples with an inf
# or nan among the data gives a nan sigma instead of failing
import statistics
from statistics import NormalDist

ps = [0.975, 0.5, 0.1, 0.001, 0.9999, 1e-300, 1 - 1e-16, 0.425, 0.075, 0.925,
      0.0751, 1e-10, 0.3, 0.7, 0.025, 0.05, 0.95, 0.995]
print([NormalDist().inv_cdf(p) for p in ps])
print([NormalDist(10, 2.5).inv_cdf(p) for p in ps])
print(NormalDist().quantiles(), NormalDist(100, 15).quantiles(10))
# a 95% confidence interval
z = NormalDist().inv_cdf((1 + 0.95) / 2)
print(z, round(z, 2))
for bad in (0, 1, -0.5, 1.5):
    try:
        NormalDist().inv_cdf(bad)
    except statistics.StatisticsError as e:
        print('StatisticsError')
print(NormalDist.from_samples([float('inf'), 1]), NormalDist.from_samples([1.0, float('nan')]))
print(NormalDist.from_samples([1, 2, 3, 4]))
