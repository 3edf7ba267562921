# physics and stochastic simulations with deterministic generators
import math

class Vec:
    __slots__ = ("x", "y", "z")
    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x, self.y, self.z = x, y, z
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y, self.z + o.z)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y, self.z - o.z)
    def __mul__(self, k): return Vec(self.x * k, self.y * k, self.z * k)
    __rmul__ = __mul__
    def __truediv__(self, k): return Vec(self.x / k, self.y / k, self.z / k)
    def dot(self, o): return self.x * o.x + self.y * o.y + self.z * o.z
    def cross(self, o): return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)
    def norm(self): return math.sqrt(self.dot(self))
    def unit(self): return self / self.norm()
    def __repr__(self): return "Vec(%.4f, %.4f, %.4f)" % (self.x, self.y, self.z)

class Body:
    def __init__(self, name, pos, vel, mass):
        self.name, self.pos, self.vel, self.mass = name, pos, vel, mass

def energy(bodies):
    e = 0.0
    for i, a in enumerate(bodies):
        e += 0.5 * a.mass * a.vel.dot(a.vel)
        for b in bodies[i + 1:]:
            e -= a.mass * b.mass / (a.pos - b.pos).norm()
    return e

def step(bodies, dt):
    for i, a in enumerate(bodies):
        for b in bodies[i + 1:]:
            d = a.pos - b.pos
            dist = d.norm()
            mag = dt / (dist * dist * dist)
            a.vel = a.vel - d * (b.mass * mag)
            b.vel = b.vel + d * (a.mass * mag)
    for b in bodies:
        b.pos = b.pos + b.vel * dt

bodies = [Body("sun", Vec(), Vec(), 39.47), Body("p1", Vec(1, 0, 0), Vec(0, 6.28, 0), 0.001),
          Body("p2", Vec(0, 2.5, 0.1), Vec(-3.9, 0, 0), 0.0003), Body("p3", Vec(-4, 0, 0), Vec(0, -3.1, 0.2), 0.01)]
e0 = energy(bodies)
print("%.9f" % e0)
for k in range(5):
    for _ in range(200):
        step(bodies, 0.001)
    print(k, "%.9f" % energy(bodies), bodies[1].pos)
print("drift %.3e" % abs(energy(bodies) - e0))
print(Vec(1, 2, 3).cross(Vec(4, 5, 6)), Vec(3, 4, 0).unit(), 2 * Vec(1, 1, 1) - Vec(0.5, 0, 0))

class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33
    def random(self):
        return self.next() / 2 ** 31
    def choice(self, seq):
        return seq[self.next() % len(seq)]
    def shuffle(self, seq):
        for i in range(len(seq) - 1, 0, -1):
            j = self.next() % (i + 1)
            seq[i], seq[j] = seq[j], seq[i]

rng = LCG(42)
print([rng.next() % 100 for _ in range(10)])
inside = sum(1 for _ in range(20000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print("pi ~ %.4f" % (4 * inside / 20000))
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:13], len(set(deck)))
hands = [sorted(deck[i::4], key=lambda c: ("SHDC".index(c[1]), "A23456789TJQK".index(c[0]))) for i in range(4)]
for h in hands:
    print(" ".join(h))
walk, pos = [], 0
for _ in range(1000):
    pos += rng.choice((-1, 1))
    walk.append(pos)
print(min(walk), max(walk), walk[-1], sum(1 for p in walk if p == 0))
# queue simulation
arrivals, service, clock, busy_until, waits = [], [], 0.0, 0.0, []
for i in range(500):
    clock += -math.log(1 - rng.random()) * 1.0
    start = max(clock, busy_until)
    waits.append(start - clock)
    busy_until = start - math.log(1 - rng.random()) * 0.8
print("mean wait %.4f max %.4f served %d" % (sum(waits) / len(waits), max(waits), len(waits)))
hist = [0] * 10
for w in waits:
    hist[min(int(w), 9)] += 1
for i, h in enumerate(hist):
    print("%2d %-40s %d" % (i, "*" * (h // 5), h))
