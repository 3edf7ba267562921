# random.SystemRandom: the Random methods over OS entropy, without seed/state
import random
r = random.SystemRandom()
print(isinstance(r, random.Random), type(r).__name__, random.SystemRandom.__mro__[1].__name__)
x = [r.random() for i in range(1000)]
print(all(0 <= v < 1 for v in x), len(set(x)) > 990)
print(r.seed(5), r.seed())
for f in (r.getstate, lambda: r.setstate(None)):
    try:
        f()
    except NotImplementedError as e:
        print('NotImplementedError', e)
print(0 <= r.randrange(10) < 10, r.choice('abc') in 'abc', len(r.randbytes(5)), r.getrandbits(200) < 2**200)
print(sorted(r.sample(range(5), 5)), 1 <= r.randint(1, 3) <= 3, type(r.gauss()).__name__)
l = list(range(10)); r.shuffle(l); print(sorted(l) == list(range(10)))
class S(random.SystemRandom):
    pass
print(0 <= S().random() < 1, random.SystemRandom(123).random() < 1)
