# operator overloading: a matrix / polynomial / money toolkit
import math, operator
from functools import cmp_to_key

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0]) if rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
    def __pow__(self, k):
        r = Matrix.identity(self.n)
        b = self
        while k:
            if k & 1:
                r = r @ b
            b = b @ b
            k >>= 1
        return r
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    __hash__ = None
    def __neg__(self):
        return -1 * self
    def T(self):
        return Matrix(zip(*self.rows))
    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        return sum((-1) ** j * self.rows[0][j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det() for j in range(self.n))
    def __repr__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(str(x).rjust(w) for x in r) + "]" for r in self.rows)

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B); print(A @ B); print(2 * A); print(A * 3); print(-A); print(A.T())
print(A == Matrix([[1, 2], [3, 4]]), A != B, A[1, 0], A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det())
F = Matrix([[1, 1], [1, 0]])
print((F ** 90)[0, 1])
C = Matrix([[1, 2], [3, 4]]); C @= B; print(C)
try:
    hash(A)
except TypeError:
    print("unhashable Matrix")

class Poly:
    def __init__(self, *coef):
        c = list(coef)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c
    def __call__(self, x):
        return sum(a * x ** i for i, a in enumerate(self.c))
    def __add__(self, o):
        if not isinstance(o, Poly):
            o = Poly(o)
        n = max(len(self.c), len(o.c))
        return Poly(*[(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    __radd__ = __add__
    def __mul__(self, o):
        if not isinstance(o, Poly):
            o = Poly(o)
        r = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                r[i + j] += a * b
        return Poly(*r)
    __rmul__ = __mul__
    def __sub__(self, o):
        return self + (-1) * o
    def __rsub__(self, o):
        return (-1) * self + o
    def deriv(self):
        return Poly(*[i * a for i, a in enumerate(self.c)][1:] or [0])
    def __repr__(self):
        terms = []
        for i, a in reversed(list(enumerate(self.c))):
            if a == 0 and len(self.c) > 1:
                continue
            t = {0: "%s" % a, 1: "%sx" % a}.get(i, "%sx^%d" % (a, i))
            terms.append(t)
        return " + ".join(terms).replace("+ -", "- ")
x = Poly(0, 1)
p = (x + 1) * (x - 2) * (x + 3)
print(p, p(2), p(0), p.deriv(), 3 - x, 2 + x * x, p.deriv()(1.5))
def newton(f, x0):
    df = f.deriv()
    for _ in range(30):
        x0 = x0 - f(x0) / df(x0)
    return x0
print(round(newton(x * x - 2, 1.0), 12), round(newton(p, 10.0), 9))

class Money:
    def __init__(self, cents, cur="USD"):
        self.cents, self.cur = int(cents), cur
    def __add__(self, o):
        if isinstance(o, int) and o == 0:
            return self
        if not isinstance(o, Money):
            return NotImplemented
        if o.cur != self.cur:
            raise ValueError("currency mismatch")
        return Money(self.cents + o.cents, self.cur)
    __radd__ = __add__
    def __mul__(self, k):
        return Money(round(self.cents * k), self.cur)
    def __truediv__(self, n):
        base, extra = divmod(self.cents, n)
        return [Money(base + (i < extra), self.cur) for i in range(n)]
    def __lt__(self, o):
        return self.cents < o.cents
    def __eq__(self, o):
        return isinstance(o, Money) and (self.cents, self.cur) == (o.cents, o.cur)
    def __hash__(self):
        return hash((self.cents, self.cur))
    def __format__(self, spec):
        s = "%d.%02d" % divmod(self.cents, 100)
        return format(s + " " + self.cur, spec)
    def __str__(self):
        return format(self, "")
    def __repr__(self):
        return "Money(%d, %r)" % (self.cents, self.cur)
    def __bool__(self):
        return self.cents != 0
    def __index__(self):
        return self.cents
wallet = [Money(1999), Money(250), Money(5)]
print(sum(wallet), sorted(wallet), max(wallet), f"{Money(123456):>15}|", "%s" % Money(7))
print(Money(1000) / 3, Money(333) * 1.5, bool(Money(0)), hex(Money(255)), [1, 2, 3, 4][Money(2)])
try:
    Money(1) + Money(1, "EUR")
except ValueError as e:
    print(e)
try:
    Money(1) + "x"
except TypeError:
    print("TypeError money+str")
class Num:
    def __init__(self, v): self.v = v
    def __round__(self, n=None): return "round(%s,%s)" % (self.v, n)
    def __trunc__(self): return 7
    def __floor__(self): return 1
    def __ceil__(self): return 2
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
    def __pow__(self, e, mod=None): return ("pow", e, mod)
    def __rpow__(self, b): return ("rpow", b)
    def __abs__(self): return "abs"
    def __invert__(self): return "inv"
    def __pos__(self): return "pos"
    def __lshift__(self, o): return "lsh%d" % o
    def __rand__(self, o): return "rand%d" % o
n = Num(3)
print(round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n), divmod(n, 2), divmod(5, n), pow(n, 2, 5), n ** 3, 2 ** n, abs(n), ~n, +n, n << 4, 6 & n)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words, key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()) or (a < b) - (a > b))))
print(sorted(words, key=operator.methodcaller("lower")), sorted(wallet, key=operator.attrgetter("cents"), reverse=True))
print(list(map(operator.itemgetter(1, 0), [(1, 2), (3, 4)])), operator.add(2, 3), operator.mul("a", 3), operator.neg(4), operator.contains([1], 1))
