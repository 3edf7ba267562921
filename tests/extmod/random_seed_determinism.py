# seed() makes the sequence repeatable (the values themselves differ from CPython)
import random

def sample(seed):
    random.seed(seed)
    return [random.random(), random.getrandbits(70), random.randrange(1000), random.randint(-5, 5),
            random.choice('abcdef'), random.uniform(1, 2)]

for seed in (0, 1, 42, -42, 2**100, 'text', b'bytes', 3.5):
    print(sample(seed) == sample(seed))
print(sample(1) != sample(2), sample(5) == sample(-5))
r1 = random.Random(7)
r2 = random.Random(7)
print([r1.random() for _ in range(5)] == [r2.random() for _ in range(5)])
r1.seed(9)
r2.seed(9)
print(r1.getrandbits(200) == r2.getrandbits(200), isinstance(r1, random.Random))
random.seed()
random.seed(None)
print(0 <= random.random() < 1)
