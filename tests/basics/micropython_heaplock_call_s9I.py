# Work that needs no heap while it is locked (micropython.heap_lock(),
# MicroPython only, hence the .exp): calls with positional and keyword
# arguments and defaults, instances with __call__, super() method calls
# (zero-argument and explicit, nested), yield from a generator and from an
# iterator class, BytesIO(n) preallocating n bytes, and str/bytes operations
# that return one of their operands.
import io
import micropython


class Foo0:
    def __call__(self):
        print("__call__")


class Foo3:
    def __call__(self, a, b, c=3):
        print("__call__", a, b, c)


class A:
    def __init__(self, v):
        self.v = v

    def foo(self, x):
        print("A foo", self.v, x)
        return x + 1


class B(A):
    def foo(self, x):
        print("B foo")
        return super().foo(x) * 10


class C(B):
    def foo(self, x):
        print("C foo")
        return super().foo(x) + super(B, self).foo(x)


def kw(a, b=2, *, c=3):
    print("kw", a, b, c)


def sub_gen(a):
    i = 0
    while i < a:
        yield i
        i += 1


def gen(g):
    yield from g
    yield "end"


class It:
    def __init__(self):
        self.value = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.value += 1
        return self.value


f0 = Foo0()
f3 = Foo3()
b = B(1)
c = C(2)
g1 = gen(sub_gen(3))
g2 = gen(It())
next(g1)
next(g2)
data = b"1234" * 16
buf = io.BytesIO(64)
empty_b = b""
empty_s = ""
one_b = b"1"
one_s = "1"
# (Globals first bound under the lock could need a bigger dict.)
r1 = r2 = r3 = None
y = [None] * 5
same = [None] * 5

micropython.heap_lock()
f0()
f3(1, 2)
f3(1, b=5, c=6)
kw(1)
kw(1, c=4)
kw(a=7, b=8)
r1 = b.foo(1)
r2 = c.foo(2)
r3 = super(C, c).foo(3)
y[0] = next(g1)
y[1] = next(g1)
y[2] = next(g1)
y[3] = next(g2)
y[4] = next(g2)
buf.write(data)
same[0] = one_s
same[1] = one_s + empty_s
same[2] = one_b + empty_b
same[3] = empty_s + one_s
same[4] = "foo".replace(",", "_")
micropython.heap_unlock()

print(r1, r2, r3)
print(y)
print(len(buf.getvalue()), buf.getvalue()[:8])
print(len(io.BytesIO(0).getvalue()), io.BytesIO(5).getvalue(), io.BytesIO(-1).tell())
print(same[1:])
