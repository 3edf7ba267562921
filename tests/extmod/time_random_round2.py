import time, random
t0 = time.time(); t1 = time.time(); print(t1 >= t0, type(t0).__name__)
m0 = time.monotonic()
time.sleep(0.01)
m1 = time.monotonic()
print(m1 > m0)
print(type(time.time_ns()).__name__)
g = time.gmtime(0); print(g[0], g[1], g[2], g[3], g[6], g[7])
g = time.gmtime(86400 * 365 + 3661); print(tuple(g)[:8])
print(time.localtime(0)[0] in (1969, 1970), len(time.localtime()) >= 8)
print(time.mktime(time.localtime(1000000)) == 1000000)
random.seed(1); a = [random.random() for _ in range(5)]
random.seed(1); b = [random.random() for _ in range(5)]
print(a == b, all(0 <= x < 1 for x in a))
print(all(1 <= random.randint(1, 6) <= 6 for _ in range(200)), set(random.randint(1, 3) for _ in range(200)) == {1, 2, 3})
print(all(random.randrange(10) < 10 for _ in range(100)), all(random.randrange(5, 10, 2) in (5, 7, 9) for _ in range(100)))
print(all(0 <= random.getrandbits(5) < 32 for _ in range(100)), random.getrandbits(0))
seq = list(range(10))
print(random.choice(seq) in seq, all(2 <= random.uniform(2, 3) <= 3 for _ in range(50)))
s2 = seq[:]; random.shuffle(s2); print(sorted(s2) == seq)
smp = random.sample(seq, 4); print(len(set(smp)), all(x in seq for x in smp))
for bad in [lambda: random.randrange(0), lambda: random.randint(3, 1), lambda: random.choice([])]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__)
