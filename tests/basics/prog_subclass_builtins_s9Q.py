# subclassing built-in types in a small config/record system
class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
    def __setattr__(self, k, v):
        self[k] = v
    def __missing__(self, k):
        return "<%s?>" % k
cfg = AttrDict(host="localhost", port=8080)
cfg.debug = True
print(cfg, cfg.host, cfg["nope"], cfg.get("nope"), "nope" in cfg, len(cfg), isinstance(cfg, dict))
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError", e)
print(dict(cfg) == {"host": "localhost", "port": 8080, "debug": True}, type(cfg.copy()).__name__, sorted(cfg))

class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __contains__(self, k):
        return super().__contains__(k.lower())
ld = LowerDict()
ld["Content-Type"] = "text/html"
ld["X-ID"] = 5
print(ld["content-type"], "x-id" in ld, "X-Id" in ld, ld, list(ld.items()))

class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
    def __repr__(self):
        return "Stack(%s)" % list.__repr__(self)
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), s.pop(), len(s), s[1:], type(s[1:]).__name__, s + [9], type(s + [9]).__name__, sum(s))
s.sort(reverse=True); print(s, s == [3, 2, 1], list(reversed(s)))
s *= 2; print(s, type(s).__name__)

class Celsius(float):
    def __new__(cls, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, v)
    def to_f(self):
        return self * 9 / 5 + 32
    def __repr__(self):
        return "%.1f°C" % self
c = Celsius(21.5)
print(c, repr(c), c.to_f(), c + 1, type(c + 1).__name__, isinstance(c, float), round(c), int(c), c > 20)
try:
    Celsius(-300)
except ValueError as e:
    print(e)

class Flags(int):
    NAMES = ["read", "write", "exec"]
    def __new__(cls, v=0):
        return super().__new__(cls, v)
    def __str__(self):
        return "|".join(n for i, n in enumerate(self.NAMES) if self >> i & 1) or "none"
    def __or__(self, o):
        return Flags(int(self) | int(o))
f = Flags(1) | Flags(4)
print(f, int(f), repr(f), f + 1, f == 5, Flags(), hex(f), f"{f:04b}", "%d" % f, [10, 20, 30, 40, 50, 60][f])

class Path(str):
    def __truediv__(self, other):
        return Path(self.rstrip("/") + "/" + other.lstrip("/"))
    @property
    def parts(self):
        return [p for p in self.split("/") if p]
    @property
    def suffix(self):
        name = self.parts[-1] if self.parts else ""
        return name[name.rfind("."):] if "." in name else ""
p = Path("/usr") / "local/" / "/lib" / "x.tar.gz"
print(p, p.parts, p.suffix, p.upper(), type(p.upper()).__name__, len(p), p.startswith("/usr"), p == "/usr/local/lib/x.tar.gz")
print({p: 1}["/usr/local/lib/x.tar.gz"], "%s!" % p, f"{p:>30}", p + ".bak", type(p + "x").__name__)

class Money(tuple):
    def __new__(cls, amount, cur):
        return super().__new__(cls, (amount, cur))
    amount = property(lambda s: s[0])
    cur = property(lambda s: s[1])
m = Money(5, "EUR")
print(m, m.amount, m.cur, m == (5, "EUR"), len(m), m + (1,), sorted([Money(3, "A"), Money(1, "B")]))

class CountingSet(set):
    def __init__(self, *a):
        super().__init__(*a)
        self.adds = 0
    def add(self, x):
        self.adds += 1
        super().add(x)
cs = CountingSet([1, 2])
for x in [2, 3, 3, 4]:
    cs.add(x)
print(sorted(cs), cs.adds, 3 in cs, len(cs), sorted(cs | {9}), type(cs | {9}).__name__)

class Bytes(bytes):
    def hexs(self):
        return " ".join("%02x" % b for b in self)
b = Bytes(b"\x00\xffAB")
print(b.hexs(), b, b[2:], len(b), b.decode("latin-1"), type(b[1:]).__name__)

class Ticker(Exception):
    def __init__(self, sym, price):
        super().__init__(sym, price)
        self.sym = sym
print(Ticker("X", 1), repr(Ticker("Y", 2)), Ticker("Z", 3).sym, Ticker("Z", 3).args)
class OrderedSetish(dict):
    def add(self, x): self[x] = None
    def __iter__(self): return iter(list(self.keys()))
o = OrderedSetish()
for x in "hello world":
    o.add(x)
print("".join(o), list(o)[:3], len(o))
class Default0(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
hist = Default0()
for ch in "abracadabra":
    hist[ch] += 1
print(hist, hist.get("z"), hist["z"], len(hist))
