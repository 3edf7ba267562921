# The cold methods of random.Random: the distributions, sample and choices.
# extmod/modrandom.c lists them in Random's method table as stubs that import
# this module on their first call (so `import random` costs no more than the
# C module), and the random module's __getattr__ binds them to its shared
# instance. They draw only through self.random() and self._randbelow(), so a
# subclass's own random() or getrandbits() is what they use, and a seeded
# generator gives CPython's sequences (the same algorithms, drawing in the
# same order).

from math import log as _log, exp as _exp, sqrt as _sqrt, cos as _cos, sin as _sin
from math import acos as _acos, pi as _pi, e as _e, floor as _floor, isfinite as _isfinite

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2.0 ** -BPF


# Box-Muller, angle first; the pair's second deviate is kept in gauss_next
# (which getstate() saves) for the next call.
def gauss(self, mu=0.0, sigma=1.0):
    z = self.gauss_next
    self.gauss_next = None
    if z is None:
        angle = self.random() * TWOPI
        radius = _sqrt(-2.0 * _log(1.0 - self.random()))
        z = _cos(angle) * radius
        self.gauss_next = _sin(angle) * radius
    return mu + z * sigma


# Kinderman and Monahan's ratio-of-uniforms method.
def normalvariate(self, mu=0.0, sigma=1.0):
    while True:
        u = self.random()
        v = 1.0 - self.random()
        z = NV_MAGICCONST * (u - 0.5) / v
        if z * z / 4.0 <= -_log(v):
            return mu + z * sigma


def lognormvariate(self, mu, sigma):
    return _exp(self.normalvariate(mu, sigma))


# (lambd defaults to 1.0, as from CPython 3.12)
def expovariate(self, lambd=1.0):
    return -_log(1.0 - self.random()) / lambd


# By inverting the distribution function, folded so that only the part below
# the mode is computed. A zero-width range gives low itself.
def triangular(self, low=0.0, high=1.0, mode=None):
    u = self.random()
    try:
        c = 0.5 if mode is None else (mode - low) / (high - low)
    except ZeroDivisionError:
        return low
    if u > c:
        u = 1.0 - u
        c = 1.0 - c
        low, high = high, low
    return low + (high - low) * _sqrt(u * c)


# For alpha > 1 Cheng's rejection method (1977) with a log-logistic
# envelope; for alpha 1 an exponential deviate; below 1 Ahrens and Dieter's
# method GS (1974), which mixes a power and an exponential tail.
def gammavariate(self, alpha, beta):
    if alpha <= 0.0 or beta <= 0.0:
        raise ValueError('gammavariate: alpha and beta must be > 0.0')
    if alpha > 1.0:
        a = _sqrt(2.0 * alpha - 1.0)
        b = alpha - LOG4
        c = alpha + a
        while True:
            u1 = self.random()
            if not 1e-7 < u1 < 0.9999999:
                continue
            u2 = 1.0 - self.random()
            v = _log(u1 / (1.0 - u1)) / a
            x = alpha * _exp(v)
            z = u1 * u1 * u2
            t = b + c * v - x
            if t + SG_MAGICCONST - 4.5 * z >= 0.0 or t >= _log(z):
                return x * beta
    if alpha == 1.0:
        return -_log(1.0 - self.random()) * beta
    while True:
        b = (_e + alpha) / _e
        p = b * self.random()
        x = p ** (1.0 / alpha) if p <= 1.0 else -_log((b - p) / alpha)
        u = self.random()
        if (u <= x ** (alpha - 1.0)) if p > 1.0 else (u <= _exp(-x)):
            return x * beta


# From two gamma deviates.
def betavariate(self, alpha, beta):
    x = self.gammavariate(alpha, 1.0)
    return x / (x + self.gammavariate(beta, 1.0)) if x else 0.0


def paretovariate(self, alpha):
    return (1.0 - self.random()) ** (-1.0 / alpha)


def weibullvariate(self, alpha, beta):
    return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


# Best and Fisher's rejection method; an angle in [0, 2*pi).
def vonmisesvariate(self, mu, kappa):
    if kappa <= 1e-6:
        return TWOPI * self.random()
    h = 0.5 / kappa
    r = h + _sqrt(1.0 + h * h)
    while True:
        z = _cos(_pi * self.random())
        d = z / (r + z)
        u = self.random()
        if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
            break
    q = 1.0 / r
    f = (q + z) / (1.0 + q * z)
    return (mu + _acos(f) if self.random() > 0.5 else mu - _acos(f)) % TWOPI


# k distinct positions of the population. For a small population a shrinking
# copy, refilled from its end; for a large one indices drawn again until
# unseen, so that the population (its len() may exceed memory) is only
# indexed. With counts, each element stands for as many copies as its count.
def sample(self, population, k, *, counts=None):
    if isinstance(population, (set, frozenset, dict)):
        raise TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
    if counts is not None:
        expanded = []
        counts = list(counts)
        n = 0
        for x in population:
            if n == len(counts):
                n = -1
                break
            c = counts[n]
            if not isinstance(c, int):
                raise TypeError('Counts must be integers')
            expanded += [x] * c
            n += 1
        if n != len(counts):
            raise ValueError('The number of counts does not match the population')
        if sum(counts) <= 0:
            raise ValueError('Total of counts must be greater than zero')
        population = expanded
    n = len(population)
    if not 0 <= k <= n:
        raise ValueError('Sample larger than population or is negative')
    out = [None] * k
    pool = 21
    if k > 5:
        p = 4
        while p < k * 3:
            p *= 4
        pool += p
    if n <= pool:
        pool = list(population)
        for i in range(k):
            j = self._randbelow(n - i)
            out[i] = pool[j]
            pool[j] = pool[n - i - 1]
    else:
        seen = set()
        for i in range(k):
            j = self._randbelow(n)
            while j in seen:
                j = self._randbelow(n)
            seen.add(j)
            out[i] = population[j]
    return out


# k draws with replacement, uniform or by (cumulative) weights.
def choices(self, population, weights=None, *, cum_weights=None, k=1):
    n = len(population)
    if weights is None and cum_weights is None:
        n += 0.0
        return [population[_floor(self.random() * n)] for i in range(k)]
    if weights is not None:
        if cum_weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        cum_weights = []
        for w in weights:
            cum_weights.append(cum_weights[-1] + w if cum_weights else w)
    if len(cum_weights) != n:
        raise ValueError('The number of weights does not match the population')
    total = cum_weights[-1] + 0.0
    if total <= 0.0:
        raise ValueError('Total of weights must be greater than zero')
    if not _isfinite(total):
        raise ValueError('Total of weights must be finite')
    out = []
    for i in range(k):
        x = self.random() * total
        lo = 0
        hi = n - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if x < cum_weights[mid]:
                hi = mid
            else:
                lo = mid + 1
        out.append(population[lo])
    return out
