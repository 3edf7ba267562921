# gammavariate and betavariate draw as CPython's do (Cheng's method above
# shape 1, an exponential at 1, Ahrens-Dieter GS below), so seeded runs
# give CPython's values and leave the generator in the same state.
import random

random.seed(123)
for a in (0.01, 0.3, 0.5, 0.99, 1.0, 1.0000001, 1.5, 2.0, 7.5, 100.0, 1e6):
    print(a, [random.gammavariate(a, 1.5) for _ in range(4)])
for a, b in ((0.5, 0.5), (1, 1), (2, 5), (10, 0.1)):
    print(a, b, [random.betavariate(a, b) for _ in range(3)])
print(random.random())
r = random.Random('gamma')
print([round(r.gammavariate(2.5, 1), 12) for _ in range(3)], r.getrandbits(32))
for bad in ((0, 1), (1, 0), (-1, 1)):
    try:
        random.gammavariate(*bad)
    except ValueError as e:
        print('ValueError', e)
