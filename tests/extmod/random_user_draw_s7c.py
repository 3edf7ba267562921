# A Random subclass whose random()/getrandbits() return out-of-range or odd
# values, or resize the list being shuffled: errors or CPython's results,
# never a read outside the list (found by the fuzzer: random.sample crashed).
import random


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class L:
    def __len__(self):
        return 3

    def __iter__(self):
        return iter([1])


t(lambda: random.choices([1, 2, 3], weights=L()))


class RNan(random.Random):
    def random(self):
        return float('nan')


class RBig(random.Random):
    def random(self):
        return 1e300


class RNeg(random.Random):
    def random(self):
        return -0.5


t(lambda: RNan().choices([1, 2, 3], k=2))
t(lambda: RNan().randrange(10))
t(lambda: RBig().choices([1, 2, 3], k=2))
t(lambda: RNeg().choices([1, 2, 3], k=2))
t(lambda: RNeg().choice([1, 2, 3]))
t(lambda: RNeg().randrange(10))
t(lambda: RNeg().sample(range(5), 3))


class GNeg(random.Random):
    def getrandbits(self, k):
        return -2


class GHuge(random.Random):
    def getrandbits(self, k):
        return -2**70


class GFloat(random.Random):
    def getrandbits(self, k):
        return 0.5


for R in (GNeg, GHuge, GFloat):
    t(lambda: R().randrange(10))
    t(lambda: R().sample(range(5), 3))
    t(lambda: R().sample(range(5), 5))
    x = list(range(5))
    t(lambda: R().shuffle(x))
    print(x)

y = list(range(50))


class GClear(random.Random):
    def getrandbits(self, k):
        y.clear()
        return 0


t(lambda: GClear().shuffle(y))
print(y)
y = list(range(50))


class GGrow(random.Random):
    def getrandbits(self, k):
        y.extend(range(100))
        return 0


t(lambda: GGrow().shuffle(y))
print(len(y), y[:5])


# random() beyond 1: the log() in the normal deviates fails, as CPython's
# (normalvariate looped for ever).
class RHuge(random.Random):
    def random(self):
        return 2**70


for name in ('normalvariate', 'gauss', 'lognormvariate'):
    t(lambda: getattr(RHuge(), name)(0.0, 1.0))
t(lambda: RHuge().expovariate(1.0))
t(lambda: RHuge().weibullvariate(1.0, 1.0))


# getrandbits() giving a NaN: not >= n, so taken (it was drawn again for ever).
class GNan(random.Random):
    def getrandbits(self, k):
        return float('nan')


t(lambda: GNan().randrange(10))
t(lambda: GNan().randrange(5, 10))
t(lambda: GNan().choice([1, 2]))


# betavariate/gammavariate with alpha < 1: log() of a negative (looped for ever).
t(lambda: RHuge().betavariate(1e-300, 2.5))
t(lambda: RHuge().gammavariate(0.5, 1.0))
