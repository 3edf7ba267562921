# random: seed(version=), setstate versions, choices with infinite weights, big len(), constants, __all__
import random, sys
random.seed(5, version=2); a = random.random()
random.seed(a=5); b = random.random()
r = random.Random(); r.seed(5, version=1); c = r.random()
print(a == b == c, a)
for bad in [(2, None, None), (4, (), None), ('x',)]:
    try:
        r.setstate(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
st = r.getstate()
r2 = random.Random(); r2.setstate((2, tuple(w - 2**32 if i < 3 else w for i, w in enumerate(st[1])), None))
print(r2.random() == r.random())
for w in ([float('inf')], [0.0, float('inf')], [-float('inf'), 123], [0.0, float('nan')]):
    try:
        random.choices('AB'[:len(w)], w)
    except ValueError as e:
        print('ValueError', e)
x = random.choice(range(-sys.maxsize, sys.maxsize, 2))
print(type(x).__name__, x % 2 == (-sys.maxsize) % 2, -sys.maxsize <= x < sys.maxsize)
print(random.NV_MAGICCONST, random.TWOPI, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF)
print(len(random.__all__), set(random.__all__) <= set(dir(random)), all(callable(getattr(random, n)) for n in random.__all__))
