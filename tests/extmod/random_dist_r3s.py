# random: distributions (values checked for range only: the generator is
# not CPython's), getstate/setstate, randbytes, sample(counts=), and the
# messages of the argument errors.
import random

def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

random.seed(12345)
t("gauss", lambda: type(random.gauss()).__name__ + " " + type(random.gauss(1, 2)).__name__)
t("normalvariate", lambda: type(random.normalvariate(0, 1)).__name__)
t("lognormvariate", lambda: all(random.lognormvariate(0, 1) > 0 for _ in range(100)))
t("expovariate", lambda: all(random.expovariate(2) >= 0 for _ in range(100)))
t("triangular", lambda: all(2 <= random.triangular(2, 5) <= 5 for _ in range(100)))
t("triangular mode", lambda: all(2 <= random.triangular(2, 5, 4) <= 5 for _ in range(100)))
t("triangular equal", lambda: random.triangular(3, 3))
t("gammavariate", lambda: all(random.gammavariate(a, 2) >= 0 for a in (0.3, 1, 5)))
t("betavariate", lambda: all(0 <= random.betavariate(2, 3) <= 1 for _ in range(100)))
t("paretovariate", lambda: all(random.paretovariate(2) >= 1 for _ in range(100)))
t("weibullvariate", lambda: all(random.weibullvariate(1, 2) >= 0 for _ in range(100)))
t("vonmisesvariate", lambda: all(0 <= random.vonmisesvariate(1, 4) < 6.3 for _ in range(100)))
t("gamma errors", lambda: random.gammavariate(0, 1))
t("beta errors", lambda: random.betavariate(1, -1))

# mean of many gauss draws is near mu
xs = [random.gauss(10, 1) for _ in range(2000)]
print("gauss mean", abs(sum(xs) / len(xs) - 10) < 0.2)

s = random.getstate()
a = [random.random(), random.gauss(), random.gauss(), random.randrange(1000)]
random.setstate(s)
print("state", a == [random.random(), random.gauss(), random.gauss(), random.randrange(1000)])
r = random.Random(5)
s = r.getstate()
x = r.random()
r.setstate(s)
print("Random state", x == r.random())

t("randbytes", lambda: (len(random.randbytes(13)), random.randbytes(0)))
t("sample counts", lambda: sorted(random.sample(["a", "b"], k=4, counts=[1, 3])))
t("sample counts mismatch", lambda: random.sample([1, 2], 1, counts=[1]))

t("randrange empty", lambda: random.randrange(5, 5))
t("randrange empty 2", lambda: random.randrange(10, 3))
t("randint empty", lambda: random.randint(5, 4))
t("randrange empty step", lambda: random.randrange(0, 10, -1))
t("randrange stop", lambda: random.randrange(0, 2.5))
t("randrange step", lambda: random.randrange(0, 10, 1.5))
t("choices empty", lambda: random.choices([], k=2))
t("seed list", lambda: random.seed([1, 2]))
