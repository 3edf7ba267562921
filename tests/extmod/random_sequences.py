# choice, shuffle, sample and choices
import random

random.seed(3)
print(all(random.choice([1, 2, 3]) in (1, 2, 3) for _ in range(50)), random.choice('x'), random.choice((9,)))
l = list(range(20))
random.shuffle(l)
print(sorted(l) == list(range(20)), len(l))
s = random.sample(range(100), 10)
print(len(s), len(set(s)), all(0 <= x < 100 for x in s), sorted(random.sample('abc', 3)))
print(random.sample([1, 2], 0), random.sample(population=[5], k=1))
c = random.choices('ab', k=10)
print(len(c), set(c) <= {'a', 'b'})
print(random.choices(['x', 'y'], weights=[0, 1], k=3), random.choices(['x', 'y'], cum_weights=[1, 1], k=2))
print(random.choices('z'))
