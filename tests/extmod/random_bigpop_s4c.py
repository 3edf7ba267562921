# random.choice/sample on a population whose len() is beyond a small int:
# the population is indexed, never copied.
import random
import sys

r = range(-sys.maxsize, sys.maxsize, 2)
for i in range(20):
    x = random.choice(r)
    assert x in r
s = random.sample(r, 5)
print(len(s), len(set(s)), all(x in r for x in s))
s = random.sample(range(2 ** 62), 30)
print(len(s), len(set(s)), all(0 <= x < 2 ** 62 for x in s))
# Small and medium populations still give k distinct items.
for n in (5, 30, 200):
    s = random.sample(list(range(n)), 5)
    print(n, len(set(s)), all(0 <= x < n for x in s))
print(sorted(random.sample('abcde', 5)), random.sample([], 0))
print(sorted(random.sample(['x', 'y'], 2, counts=[2, 1])) in (['x', 'x'], ['x', 'y']))
for args in ((range(3), 4), (range(3), -1), (r, sys.maxsize * 2)):
    try:
        random.sample(*args)
    except (ValueError, OverflowError, MemoryError) as e:
        print(type(e).__name__)
