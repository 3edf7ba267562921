# statistics: averages and measures of spread for real-valued data, with the
# public API, messages and results of CPython 3.11's module: sums are exact
# (through fractions) and results keep the data's type where CPython does
# (int data -> int or float, Fraction data -> Fraction, float data -> float,
# Decimal data -> Decimal).

import math
from fractions import Fraction
from collections import Counter, namedtuple
from bisect import bisect_left, bisect_right

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
           'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------------------
# Exact sums and result types


def _wider(kind, other):
    # The type of a result mixing values of types `kind` and `other`.
    if kind is other or other is int or other is bool:
        return kind
    if kind is int:
        return other
    if issubclass(other, kind):
        return other
    if issubclass(kind, other):
        return kind
    if issubclass(kind, int):
        return other
    if issubclass(other, int):
        return kind
    if issubclass(kind, Fraction) and issubclass(other, float):
        return other
    if issubclass(kind, float) and issubclass(other, Fraction):
        return kind
    raise TypeError("don't know how to coerce %s and %s" % (kind.__name__, other.__name__))


def _ratio(x):
    # (numerator, denominator) of a number; (x, None) for inf and nan.
    try:
        return x.numerator, x.denominator
    except AttributeError:
        pass
    try:
        return x.as_integer_ratio()
    except (OverflowError, ValueError):
        return x, None
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


class _Total:
    # Running exact sum, kept as one integer ratio over a common
    # denominator, plus the widest type seen.
    def __init__(self):
        self.kind = int
        self.count = 0
        self.top = 0
        self.bottom = 1
        self.odd = None     # sum of the inf/nan values, if any

    def add(self, x):
        self.count += 1
        t = type(x)
        if t is not self.kind:
            self.kind = _wider(self.kind, t)
        n, d = _ratio(x)
        if d is None:
            self.odd = n if self.odd is None else self.odd + n
        elif d == self.bottom:
            self.top += n
        else:
            g = math.gcd(self.bottom, d)
            common = self.bottom // g * d
            self.top = self.top * (common // self.bottom) + n * (common // d)
            self.bottom = common
        return self

    def value(self):
        if self.odd is not None:
            return self.odd
        return Fraction(self.top, self.bottom)


def _total_of(values):
    acc = _Total()
    for x in values:
        acc.add(x)
    return acc


def _as_kind(value, kind):
    # Convert an exact result back to the data's type.
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    try:
        return kind(value)
    except TypeError:
        # Decimal refuses a Fraction: divide in the target type instead.
        return kind(value.numerator) / value.denominator


def _squared_deviations(data, centre=None):
    # (kind, exact sum of squared deviations, count); the deviations are
    # taken from `centre` when given (in the data's own arithmetic), else
    # from the exact mean.
    if centre is not None:
        acc = _total_of((x - centre) * (x - centre) for x in data)
        return acc.kind, acc.value(), acc.count
    values = list(data)
    acc = _total_of(values)
    if acc.count == 0:
        return acc.kind, Fraction(0), 0
    if acc.odd is not None:
        return acc.kind, acc.odd, acc.count
    # sum((x - m)^2) = sum(x^2) - (sum x)^2 / count, computed exactly
    squares = Fraction(0)
    for x in values:
        n, d = _ratio(x)
        squares += Fraction(n * n, d * d)
    total = acc.value()
    return acc.kind, squares - total * total / acc.count, acc.count


def _sqrt_of_ratio(n, d):
    # Correctly rounded float square root of n/d (n >= 0, d > 0): an
    # integer square root with ~110 significant bits, its last bit forced
    # to 1 when inexact so that the final rounding to 53 bits is exact.
    if n == 0:
        return 0.0
    shift = (n.bit_length() - d.bit_length() - 110) // 2
    if shift >= 0:
        num, den = n, d << (2 * shift)
    else:
        num, den = n << (-2 * shift), d
    root = math.isqrt(num // den)
    if root * root * den != num:
        root |= 1
    return math.ldexp(float(root), shift)


def _root(kind, spread):
    if hasattr(kind, 'sqrt'):
        # Decimal data: root taken with 20 guard digits, then rounded once
        # to the caller's context.
        from decimal import localcontext
        with localcontext() as c:
            c.prec += 20
            r = (kind(spread.numerator) / spread.denominator).sqrt()
        return +r
    return _sqrt_of_ratio(spread.numerator, spread.denominator)


# ---------------------------------------------------------------------------
# Averages


def mean(data):
    acc = _total_of(data)
    if acc.count < 1:
        raise StatisticsError('mean requires at least one data point')
    return _as_kind(acc.value() / acc.count, acc.kind)


def fmean(data, weights=None):
    if not hasattr(data, '__len__'):
        data = list(data)
    n = len(data)
    if weights is None:
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    if not hasattr(weights, '__len__'):
        weights = list(weights)
    weighted = math.fsum(x * w for x, w in zip(data, weights))
    if len(weights) != n:
        raise StatisticsError('data and weights must be the same length')
    scale = math.fsum(weights)
    if not scale:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / scale


def geometric_mean(data):
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing '
                              'positive numbers') from None


def _no_negatives(values, message):
    for v in values:
        if v < 0:
            raise StatisticsError(message)
        yield v


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    negative = 'harmonic mean does not support negative values'
    n = len(data)
    if not data:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        only = data[0]
        if not isinstance(only, (int, float, Fraction)):
            import numbers, decimal
            if not isinstance(only, (numbers.Real, decimal.Decimal)):
                raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(negative)
        return only
    if weights is not None:
        weights = list(weights) if iter(weights) is weights else weights
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        weight_sum = _total_of(_no_negatives(weights, negative)).value()
    else:
        # every value counts once
        weights = [1] * n
        weight_sum = n
    try:
        acc = _total_of(w / x if w else 0
                        for w, x in zip(weights, _no_negatives(data, negative)))
    except ZeroDivisionError:
        return 0
    total = acc.value()
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _as_kind(weight_sum / total, acc.kind)


def median(data):
    ordered = sorted(data)
    n = len(ordered)
    if n == 0:
        raise StatisticsError('no median for empty data')
    half = n // 2
    if n % 2:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    ordered = sorted(data)
    n = len(ordered)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return ordered[(n - 1) // 2]


def median_high(data):
    ordered = sorted(data)
    n = len(ordered)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return ordered[n // 2]


def median_grouped(data, interval=1.0):
    """Estimates the median for numeric data binned around the midpoints of consecutive,
    fixed-width intervals."""
    ordered = sorted(data)
    n = len(ordered)
    if n == 0:
        raise StatisticsError('no median for empty data')
    middle = ordered[n // 2]
    # the run of values equal to the middle one is ordered[first:past]
    first = bisect_left(ordered, middle)
    past = bisect_right(ordered, middle, lo=first)
    try:
        width = float(interval)
        centre = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = centre - width / 2.0
    return lower + width * (n / 2 - first) / (past - first)


def mode(data):
    top = Counter(iter(data)).most_common(1)
    if not top:
        raise StatisticsError('no mode for empty data')
    return top[0][0]


def multimode(data):
    tally = Counter(iter(data))
    if not tally:
        return []
    best = max(tally.values())
    return [value for value, seen in tally.items() if seen == best]


def quantiles(data, *, n=4, method='exclusive'):
    """Divide data into n continuous intervals with equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for k in range(1, n):
            low, weight = divmod(k * span, n)
            cuts.append((ordered[low] * (n - weight) + ordered[low + 1] * weight) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for k in range(1, n):
            pos = min(max(k * span // n, 1), size - 1)
            weight = k * span - pos * n
            cuts.append((ordered[pos - 1] * (n - weight) + ordered[pos] * weight) / n)
        return cuts
    raise ValueError('Unknown method: %r' % (method,))


# ---------------------------------------------------------------------------
# Spread


def variance(data, xbar=None):
    kind, ss, n = _squared_deviations(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _as_kind(ss / (n - 1), kind)


def pvariance(data, mu=None):
    kind, ss, n = _squared_deviations(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _as_kind(ss / n, kind)


def stdev(data, xbar=None):
    kind, ss, n = _squared_deviations(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root(kind, ss / (n - 1))


def pstdev(data, mu=None):
    kind, ss, n = _squared_deviations(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root(kind, ss / n)


def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number of data points'
                              % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return n


def _centred_sums(x, y, n):
    # (xbar, ybar, sum of products of deviations, sum of squared x deviations)
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((a - xbar) * (b - ybar) for a, b in zip(x, y))
    sxx = math.fsum((a - xbar) * (a - xbar) for a in x)
    return xbar, ybar, sxy, sxx


def covariance(x, y, /):
    """Covariance of two inputs (sample covariance)."""
    n = _paired(x, y, 'covariance')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    return math.fsum((a - xbar) * (b - ybar) for a, b in zip(x, y)) / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient."""
    n = _paired(x, y, 'correlation')
    xbar, ybar, sxy, sxx = _centred_sums(x, y, n)
    syy = math.fsum((b - ybar) * (b - ybar) for b in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


# the result of linear_regression()
LinearRegression = namedtuple('LinearRegression', ['slope', 'intercept'])


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of simple linear regression (ordinary least squares)."""
    n = _paired(x, y, 'linear regression')
    if proportional:
        sxy = math.fsum(a * b for a, b in zip(x, y))
        sxx = math.fsum(a * a for a in x)
    else:
        xbar, ybar, sxy, sxx = _centred_sums(x, y, n)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    return LinearRegression(slope=slope, intercept=0.0 if proportional else ybar - slope * xbar)


# ---- NormalDist -------------------------------------------------------------

# Wichura's algorithm AS241 (PPND16, Applied Statistics 37(3), 1988): three
# rational approximations, each a ratio of degree-7 polynomials, accurate to
# about 1e-16 -- the one CPython uses, so that results agree to the last bit.
# Coefficients from the highest power down; the denominators end in 1.
_AS241 = (
    # central region |p - 0.5| <= 0.425, in r = 0.180625 - q*q
    ((2509.0809287301226727, 33430.575583588128105, 67265.770927008700853,
      45921.953931549871457, 13731.693765509461125, 1971.5909503065514427,
      133.14166789178437745, 3.387132872796366608),
     (5226.495278852854561, 28729.085735721942674, 39307.89580009271061,
      21213.794301586595867, 5394.1960214247511077, 687.1870074920579083,
      42.313330701600911252, 1.0)),
    # tails, r = sqrt(-log(tail p)) up to 5, shifted by 1.6
    ((7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177,
      1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055,
      4.6303378461565452959, 1.42343711074968357734),
     (1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966,
      0.14810397642748007459, 0.68976733498510000455, 1.6763848301838038494,
      2.05319162663775882187, 1.0)),
    # far tails, r beyond 5, shifted by 5
    ((2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386,
      0.026532189526576123093, 0.29656057182850489123, 1.7848265399172913358,
      5.4637849111641143699, 6.6579046435011037772),
     (2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
      7.868691311456132591e-4, 0.0148753612908506148525, 0.13692988092273580531,
      0.59983220655588793769, 1.0)),
)


def _rational(coeffs, r):
    # Horner's rule on both polynomials, in the published order
    num = den = 0.0
    for c in coeffs[0]:
        num = num * r + c
    for c in coeffs[1]:
        den = den * r + c
    return num, den


def _std_normal_quantile(p):
    # z with P(Z <= z) == p for the standard normal Z (0 < p < 1)
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        num, den = _rational(_AS241[0], 0.180625 - q * q)
        return num * q / den
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    num, den = _rational(_AS241[1], r - 1.6) if r <= 5.0 else _rational(_AS241[2], r - 5.0)
    x = num / den
    return -x if q < 0.0 else x


class NormalDist:

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    def __reduce__(self):
        return type(self), (self._mu, self._sigma)

    @classmethod
    def from_samples(cls, data):
        data = list(data)
        try:
            return cls(mean(data), stdev(data))
        except AttributeError:
            # an inf or nan among the data: no spread to speak of, as CPython
            return cls(mean(data), math.nan)

    def samples(self, n, *, seed=None):
        import random
        draw = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [draw(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        d = x - self._mu
        return math.exp(d * d / (-2.0 * var)) / math.sqrt(2.0 * math.pi * var)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return self._mu + _std_normal_quantile(p) * self._sigma

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        # the narrower distribution first (ties: the smaller mean)
        lo, hi = self, other
        if (hi._sigma, hi._mu) < (lo._sigma, lo._mu):
            lo, hi = hi, lo
        v_lo, v_hi = lo.variance, hi.variance
        if not v_lo or not v_hi:
            raise StatisticsError('overlap() not defined when sigma is zero')
        gap = abs(hi._mu - lo._mu)
        dv = v_hi - v_lo
        if not dv:
            return 1.0 - math.erf(gap / (2.0 * lo._sigma * math.sqrt(2.0)))
        # the two points where the densities cross
        a = lo._mu * v_hi - hi._mu * v_lo
        b = lo._sigma * hi._sigma * math.sqrt(gap * gap + dv * math.log(v_hi / v_lo))
        total = 0.0
        for x in ((a + b) / dv, (a - b) / dv):
            total += abs(hi.cdf(x) - lo.cdf(x))
        return 1.0 - total

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, k):
        return NormalDist(self._mu * k, self._sigma * abs(k))

    def __truediv__(self, k):
        return NormalDist(self._mu / k, self._sigma / abs(k))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__

    def __rsub__(self, other):
        return -(self - other)

    __rmul__ = __mul__

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)
