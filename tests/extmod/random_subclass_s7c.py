# A subclass's own random() or getrandbits() is what the other methods of
# Random draw from (the first of the two along the MRO decides for the
# integer methods), and str/bytes seeds give CPython's sequences.
import random

log = []


class OwnRandom(random.Random):
    def random(self):
        log.append('random')
        return super().random()


class OwnBits(random.Random):
    def getrandbits(self, k):
        log.append('bits')
        return super().getrandbits(k)


class Both(OwnRandom):
    def getrandbits(self, k):
        log.append('bits')
        return random.Random.getrandbits(self, k)


class RandomFirst(Both):
    def random(self):
        log.append('random')
        return random.Random.random(self)


class Mixin:
    def random(self):
        log.append('random')
        return random.Random.random(self)


class Mixed(Mixin, random.Random):
    pass


class Fixed(random.Random):
    # a constant generator: everything follows from it
    def random(self):
        return 0.5


def calls(gen, what):
    del log[:]
    res = what(gen)
    print(type(gen).__name__, sorted(set(log)), res)


for cls in (OwnRandom, OwnBits, Both, RandomFirst, Mixed):
    g = cls(12345)
    calls(g, lambda g: g.randrange(42))
    calls(g, lambda g: g.randrange(3, 1000, 7))
    calls(g, lambda g: g.randint(1, 6))
    calls(g, lambda g: g.choice('abcdef'))
    calls(g, lambda g: sorted(g.sample(range(100), 3)))
    x = list(range(8))
    calls(g, lambda g: g.shuffle(x))
    print(x)
    calls(g, lambda g: round(g.uniform(1, 2), 12))
    calls(g, lambda g: round(g.gauss(0, 1), 12))
    calls(g, lambda g: g.choices('xyz', k=3))

f = Fixed()
print(f.randrange(10), f.randrange(1000), f.choice('abcd'), f.uniform(2, 4))
print(f.triangular(0, 1), f.choices(range(10), k=2), f.expovariate(2) > 0)
# also when Random's own methods are called through the class
print(random.Random.randrange(f, 100), random.Random.uniform(f, 0, 8))


class SysFixed(random.SystemRandom):
    def random(self):
        return 0.25


s = SysFixed()
print(s.randrange(8), s.uniform(0, 4), s.choice('abcd'), s.sample(range(8), 2))

# str, bytes and bytearray seeds mix in a SHA-512 of the bytes (CPython's
# version 2 seeding)
for seed in ('the quick brown fox', '', 'h\xe9llo \u20ac', b'abc', bytearray(b'xy'), b''):
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(40), random.randrange(1000))
    r = random.Random(seed)
    print(r.random() == random.Random(seed).random())
