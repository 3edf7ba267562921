import random
r = random.Random(5)
r2 = random.Random(5)
print([r.random() for _ in range(3)] == [r2.random() for _ in range(3)])
random.seed(None); random.seed(); random.seed(3); random.seed('s')
print(all(random.randrange(10, 0, -2) in (10, 8, 6, 4, 2) for _ in range(50)), all(-5 <= random.randint(-5, -1) <= -1 for _ in range(50)))
c = random.choices('abc', k=20); print(len(c), set(c) <= set('abc'))
c = random.choices('ab', weights=[0, 1], k=10); print(c == ['b'] * 10)
c = random.choices('ab', cum_weights=[1, 1], k=5); print(c == ['a'] * 5)
print(random.choices('x'), random.sample(range(100), 0), sorted(random.sample('abc', 3)))
try:
    random.sample([1, 2], 3)
except ValueError:
    print('ValueError sample')
print(random.randrange(1, 2), random.randint(7, 7), random.choice('z'), random.uniform(1, 1))
print(type(random.getrandbits(100)).__name__, random.getrandbits(100) < 2**100, random.randrange(2**70) < 2**70, type(random.random()).__name__)
vals = [random.random() for _ in range(2000)]
print(0.4 < sum(vals) / len(vals) < 0.6, min(vals) >= 0, max(vals) < 1)
b = [random.getrandbits(1) for _ in range(1000)]
print(300 < sum(b) < 700)
l = list(range(20)); random.shuffle(l); print(sorted(l) == list(range(20)))
for bad in [lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0), lambda: random.getrandbits(-1), lambda: random.choices([], k=1)]:
    try:
        bad()
        print('no error')
    except (ValueError, IndexError) as e:
        print(type(e).__name__)
