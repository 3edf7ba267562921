# WeakSet, WeakMethod, finalize and subclassing ref.
import gc
import weakref


class O:
    def __init__(self, n):
        self.n = n

    def get(self, k=0):
        return self.n + k

    def __repr__(self):
        return "O%d" % self.n


keep = [O(i) for i in range(3)]


def fill(s):
    for o in keep:
        s.add(o)
    for i in range(4):
        s.add(O(10 + i))


ws = weakref.WeakSet()
fill(ws)
gc.collect()
print(len(ws), sorted(map(repr, ws)), keep[1] in ws, O(1) in ws, 1 in ws)
ws.discard(keep[0])
print(len(ws), sorted(map(repr, ws | {keep[0]})), sorted(map(repr, ws & [keep[1]])))
print(ws == weakref.WeakSet(keep[1:]), ws.issubset(keep), ws <= set(keep), ws.isdisjoint([keep[0]]))
print(sorted(map(repr, ws.union([keep[0]]))), sorted(map(repr, ws.difference([keep[1]]))))
print(sorted(map(repr, ws ^ weakref.WeakSet(keep[:2]))))
c = ws.copy()
c.clear()
print(len(c), len(ws), ws.pop() in keep, len(ws))
try:
    ws.add(1)
except TypeError as e:
    print(e)


# WeakMethod
m = weakref.WeakMethod(keep[2].get)
print(m()(), m()(1), isinstance(m, weakref.ref), m == weakref.WeakMethod(keep[2].get))
print(m != weakref.WeakMethod(keep[1].get), hash(m) == hash(weakref.WeakMethod(keep[2].get)))
log = []


def make_wm():
    o = O(5)
    return weakref.WeakMethod(o.get, lambda r: log.append(r() is None))


wm = make_wm()
gc.collect()
print(wm(), log)
try:
    weakref.WeakMethod(len)
except TypeError:
    print("TypeError not a bound method")


# finalize
# (The object is in a cycle so that CPython also frees it only in gc.collect.)
def make_fin():
    o = O(7)
    o.cycle = o
    return weakref.finalize(o, log.append, "finalized", )


log.clear()
f = make_fin()
print(f.alive, f.peek()[2:])


# The collector scans the C stack conservatively: calls that reuse the stack
# make_fin ran on overwrite any stale copy of o left there.
def clobber(n):
    return clobber(n - 1) if n else 0


clobber(20)
nested = []
for _ in range(40):
    nested = [nested, 0]
repr(nested)  # (C recursion: overwrites deeper stack words too)
gc.collect()
print(f.alive, log, f(), f.peek(), f.detach())
f2 = weakref.finalize(keep[0], lambda *a, **k: ("called", a, k), 1, x=2)
print(f2.alive, f2(), f2.alive, f2())
f3 = weakref.finalize(keep[0], log.append, 3)
print(f3.detach()[2:], f3.alive, f3.detach())
print(repr(f3).endswith("dead>") or "for 'O'" in repr(f3))


# Subclasses of ref
class MyRef(weakref.ref):
    def __new__(cls, ob, callback=None, extra=42):
        self = super().__new__(cls, ob, callback)
        self.extra = extra
        return self

    def __init__(self, ob, callback=None, extra=42):
        pass


r = MyRef(keep[1], extra=7)
print(r() is keep[1], r.extra, isinstance(r, weakref.ref), type(r).__name__)
kr = weakref.KeyedRef(keep[2], None, "key")
print(kr() is keep[2], kr.key)
