# The cold methods of random.Random (the distributions, sample, choices) are
# Python in a frozen module behind stubs in the C type: seeded sequences,
# binding, subclass draws, module-level functions, constants and errors
# stay CPython's.
import random

r = random.Random(2024)
print([round(r.gauss(1, 2), 12) for i in range(3)], r.gauss_next is None)
print(round(r.normalvariate(), 12), round(r.lognormvariate(0.5, 0.25), 12))
print(round(r.expovariate(3), 12), round(r.triangular(1, 5), 12), round(r.triangular(1, 5, 4.5), 12))
print(r.triangular(2, 2, 2), r.triangular(3, 3))
for a in (0.3, 1.0, 2.5):
    print(a, round(r.gammavariate(a, 2), 12), round(r.betavariate(a, 1.5), 12))
print(round(r.paretovariate(2), 12), round(r.weibullvariate(1.5, 2), 12))
print(round(r.vonmisesvariate(1, 4), 12), round(r.vonmisesvariate(1, 0), 12))
print(r.sample(range(1000), 7), r.sample('abcdefgh', 3), r.sample(['a', 'b'], 3, counts=[2, 1]))
print(r.choices('abc', k=5), r.choices('abc', [1, 0, 3], k=4), r.choices('abc', cum_weights=[1, 1, 3], k=4))

# module functions are the shared instance's methods
random.seed(7)
a = [random.gauss(), random.expovariate(1.5), random.sample(range(50), 3), random.choices('xy', k=3)]
random.seed(7)
b = [random.gauss(), random.expovariate(1.5), random.sample(range(50), 3), random.choices('xy', k=3)]
print(a == b, random.gauss.__name__, callable(random.Random.gauss))
st = random.getstate()
x = random.random()
random.setstate(st)
print(random.random() == x, len(random.randbytes(5)))
print(random.NV_MAGICCONST, random.TWOPI, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF)
print(all(n in dir(random) for n in random.__all__), 'gauss' in dir(random))
ns = {}
exec('from random import *', ns)
print(callable(ns['weibullvariate']), callable(ns['seed']))

# unbound through the class, and a subclass's own random() drives them
class Half(random.Random):
    def random(self):
        return 0.5
h = Half()
print(random.Random.triangular(h, 0, 4), h.expovariate(2), h.choices('abcd', k=2), h.paretovariate(1))
print(h.sample(range(10), 3))

for bad in (lambda: random.gammavariate(0, 1), lambda: random.betavariate(1, -1),
            lambda: random.sample({1, 2}, 1), lambda: random.sample([1], 2),
            lambda: random.sample([1, 2], 1, counts=[1]), lambda: random.sample([1, 2], 1, counts=[0, 0]),
            lambda: random.sample([1, 2], 1, counts=[1.0, 1]),
            lambda: random.choices('ab', [1], k=1), lambda: random.choices('ab', [1, 1], cum_weights=[1, 2]),
            lambda: random.choices('ab', [0, 0]), lambda: random.choices('ab', [1, float('inf')]),
            lambda: random.choices([], [], k=1), lambda: random.paretovariate(0),
            lambda: random.no_such_thing, lambda: random.Random.no_such_thing):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
