# random with an int seed gives CPython's sequences (bugs.md item on extmod/modrandom.c seed):
# MT19937 seeded like CPython, and random/getrandbits/randrange/choice/shuffle/sample/
# choices/uniform/gauss/normalvariate/expovariate/randbytes/getstate drawing as CPython does.
import random
for seed in (5, 0, 1, -42, 2**100, 12345678901234567890, True):
    random.seed(seed)
    print(seed, random.random(), random.getrandbits(70), random.getrandbits(33), random.getrandbits(5),
          random.randrange(1000), random.randint(-5, 5), random.choice('abcdef'), random.uniform(1, 2))
    l = list(range(10)); random.shuffle(l); print(l)
    print(random.sample(range(100), 5), random.sample(range(1000), 30)[:5], random.sample('abcdefg', 3))
    print(random.choices('abc', k=5), random.choices('abc', [1, 2, 3], k=5), random.choices('abc', cum_weights=[1, 2, 6], k=3))
    print(random.gauss(), random.gauss(1, 2), random.normalvariate(), random.expovariate(2), random.lognormvariate(0, 1))
    print(random.randbytes(7), random.randrange(10**30), random.randrange(0, 100, 7), random.sample(['a', 'b'], 2, counts=[3, 4]))
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
print(a == [random.random() for _ in range(3)], len(st[1]), st[0], st[1][-1])
r = random.Random(99); print(r.random(), r.triangular(), r.betavariate(2, 3) > 0)
print(random.Random(5).getstate()[1][:3])
