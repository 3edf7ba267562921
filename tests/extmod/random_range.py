# randrange/randint/getrandbits stay in range and cover it
import random

random.seed(1)
print(sorted(set(random.randrange(5) for _ in range(500))))
print(sorted(set(random.randrange(2, 12, 3) for _ in range(500))))
print(sorted(set(random.randrange(10, 0, -4) for _ in range(500))))
print(sorted(set(random.randint(-2, 2) for _ in range(500))))
print(all(0 <= random.getrandbits(k) < 2**k for k in (1, 7, 31, 32, 63, 64, 65, 130) for _ in range(50)))
print(random.getrandbits(0), random.randrange(1), random.randint(3, 3), random.randrange(7, 8))
print(all(10**20 <= random.randrange(10**20, 10**21) < 10**21 for _ in range(100)))
vals = [random.random() for _ in range(1000)]
print(all(0.0 <= v < 1.0 for v in vals), 0.4 < sum(vals) / 1000 < 0.6)
print(all(-1.0 <= random.uniform(-1, 1) <= 1.0 for _ in range(100)))
