# statistics.NormalDist: construction, pdf/cdf/inv_cdf (tails and centre),
# quantiles, overlap, zscore, arithmetic, equality, repr, errors.
from statistics import NormalDist, StatisticsError

iq = NormalDist(100, 15)
print(iq, iq.mean, iq.median, iq.mode, iq.stdev, iq.variance)
print(iq.inv_cdf(0.5) == 100.0, round(iq.pdf(100), 12), round(iq.cdf(115), 12))
z = NormalDist()
for p in (0.5e-6, 0.001, 0.025, 0.5, 0.975, 0.999, 1 - 1e-9):
    print(p, round(z.inv_cdf(p), 9))
print(all(abs(iq.cdf(iq.inv_cdf(k / 1000)) - k / 1000) < 1e-12 for k in range(1, 1000)))
print(all(abs(iq.cdf(iq.inv_cdf(2.0 ** -e)) / 2.0 ** -e - 1) < 1e-9 for e in range(1, 51)))
print([round(q, 9) for q in z.quantiles()], [round(q, 6) for q in iq.quantiles(10)])
print(round(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), 12), NormalDist(1, 2).overlap(NormalDist(1, 2)))
print(round(NormalDist(0, 1).overlap(NormalDist(1, 1)), 12), iq.zscore(130))
print(iq + 5, iq - 5, iq * 2, iq / 3, -iq, +iq, 5 + iq, 5 - iq, 2 * iq)
print(iq + NormalDist(1, 20), iq - NormalDist(1, 20))
print(iq == NormalDist(100.0, 15.0), iq == 5, hash(iq) == hash(NormalDist(100, 15)))
print(NormalDist.from_samples([1, 2, 3, 4, 5]), tuple(NormalDist.__slots__))
for bad in (lambda: NormalDist(0, -1), lambda: iq.inv_cdf(0.0), lambda: iq.inv_cdf(1.0),
            lambda: NormalDist(1, 0).cdf(1), lambda: NormalDist(1, 0).pdf(1),
            lambda: NormalDist(1, 0).zscore(1), lambda: NormalDist.from_samples([1]),
            lambda: iq.overlap(NormalDist(1, 0))):
    try:
        bad()
    except StatisticsError as e:
        print('StatisticsError', e)
try:
    iq.overlap(1)
except TypeError as e:
    print('TypeError', e)
print(len(NormalDist(5, 2).samples(4, seed=1)))
