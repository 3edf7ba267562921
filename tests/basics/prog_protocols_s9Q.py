# protocols: iteration, comparison fallbacks, hashing, __new__/__init__ interplay
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
    def __length_hint__(self):
        return self.n
print(list(Countdown(5)), sum(Countdown(100)), max(Countdown(3)), sorted(Countdown(4)), tuple(Countdown(0)))
it = Countdown(3)
print(next(it), list(it), next(it, "done"))

class Seq:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        return self.data[i]
    def __len__(self):
        return len(self.data)
s = Seq("hello")
print(list(s), "l" in s, "z" in s, list(reversed(s)), s[1:3], len(s), sorted(s), list(enumerate(s))[:2], dict(zip(s, range(5))))

class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
    def __reversed__(self):
        return iter(range(self.n - 1, -1, -1))
    def __contains__(self, x):
        print("contains", x)
        return isinstance(x, int) and 0 <= x < self.n
r = Range2(4)
print(list(r), list(reversed(r)), 2 in r, 9 not in r, [x * 2 for x in r], list(zip(r, r)))

class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        if not isinstance(o, A):
            return NotImplemented
        return self.v == o.v
class B:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("B.__eq__ called")
        return isinstance(o, A) and o.v == self.v
    def __lt__(self, o):
        return self.v < o.v
print(A(1) == A(1), A(1) != A(2), A(1) == B(1), A(1) != B(1), A(1) == 1, A.__hash__ is None, B(1) > B(0), B(2) > B(3))
try:
    A(1) < A(2)
except TypeError as e:
    print(e)
try:
    hash(A(1))
except TypeError as e:
    print(e)
class H(A):
    def __hash__(self): return hash(self.v)
print(len({H(1), H(1), H(2)}), H(3) in {H(3)}, {H(1): "x"}[H(1)])

class Weird:
    def __new__(cls, kind):
        if kind == "int":
            return 42
        inst = super().__new__(cls)
        inst.kind = kind
        return inst
    def __init__(self, kind):
        print("init", kind)
print(Weird("int"), Weird("obj").kind)
class Bad:
    def __init__(self):
        return 1
try:
    Bad()
except TypeError as e:
    print("TypeError", e)

class Cached:
    _cache = {}
    def __new__(cls, key):
        if key in cls._cache:
            return cls._cache[key]
        obj = object.__new__(cls)
        cls._cache[key] = obj
        return obj
    def __init__(self, key):
        self.key = key
print(Cached("a") is Cached("a"), Cached("a") is Cached("b"), len(Cached._cache))

class Base:
    @property
    def name(self):
        return "base"
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def helper(x):
        return x * 2
class Derived(Base):
    @property
    def name(self):
        return "derived/" + super().name
d = Derived.create()
print(type(d).__name__, d.name, d.helper(4), Derived.helper(5), Base().create().name)

class Outer:
    x = 10
    ys = [x for x in range(3)]
    def method(self):
        return [self.x * i for i in range(3)]
    class Inner:
        def get(self):
            return __class__.__qualname__
print(Outer.ys, Outer().method(), Outer.Inner().get(), Outer.Inner.__qualname__, Outer.method.__qualname__)
try:
    class C2:
        v = 5
        w = [v for _ in range(2)]
except NameError as e:
    print("NameError", e)

class Temp:
    def __init__(self):
        self.items = []
    def __bool__(self):
        return False
    def __len__(self):
        return 3
print(bool(Temp()), len(Temp()), "yes" if Temp() else "no", not Temp(), Temp() or "fallback")
class OnlyLen:
    def __len__(self): return 0
print(bool(OnlyLen()), bool([] or OnlyLen()))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "Cmp(%d)" % self.v
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max(Cmp(1), Cmp(5)), min([Cmp(4), Cmp(2)]), Cmp(5) > Cmp(2))
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print(e)
class Ctx:
    def __call__(self, *a, **k):
        return "called %r %r" % (a, sorted(k.items()))
print(Ctx()(1, 2, x=3), callable(Ctx), callable(Ctx()), callable(1))
class Stat:
    count = 0
    def __init__(self):
        type(self).count += 1
class Sub(Stat): pass
Stat(); Sub(); Sub()
print(Stat.count, Sub.count)
print(getattr(Derived, "name").__class__.__name__, Derived.__dict__.get("helper"), "create" in Base.__dict__, type(Base.__dict__["helper"]).__name__)
