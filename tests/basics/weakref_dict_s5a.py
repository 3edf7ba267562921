# WeakValueDictionary and WeakKeyDictionary drop the entries whose objects
# died at the next collection.
import gc
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "K%d" % self.n


keep = [K(i) for i in range(4)]


def fill_values(d):
    for i, o in enumerate(keep):
        d["live%d" % i] = o
    for i in range(3):
        d["tmp%d" % i] = K(100 + i)


wv = weakref.WeakValueDictionary()
fill_values(wv)
print(len(wv) >= 4)
gc.collect()
print(len(wv), sorted(wv), sorted(wv.keys()), sorted(map(repr, wv.values())))
print(sorted((k, repr(v)) for k, v in wv.items()))
print("live1" in wv, "tmp1" in wv, wv["live2"], wv.get("tmp0"), wv.get("tmp0", "gone"))
try:
    wv["tmp0"]
except KeyError as e:
    print("KeyError", e)
del wv["live0"]
print(len(wv), wv.pop("live1"), len(wv), wv.setdefault("live3", None), len(wv.valuerefs()))
wv["again"] = keep[0]
wv["again"] = keep[1]
print(wv["again"], len(wv))
c = wv.copy()
print(type(c).__name__, sorted(c) == sorted(wv), dict(c) == dict(wv))
u = wv | {"x": keep[0]}
print(type(u).__name__, sorted(u))
try:
    wv["n"] = 1
except TypeError as e:
    print(e)


def fill_keys(d):
    for i, o in enumerate(keep):
        d[o] = i
    for i in range(3):
        d[K(200 + i)] = "tmp"


wk = weakref.WeakKeyDictionary()
fill_keys(wk)
gc.collect()
print(len(wk), sorted(map(repr, wk)), sorted(wk.values()))
print(sorted((repr(k), v) for k, v in wk.items()))
print(keep[2] in wk, 1 in wk, wk[keep[3]], wk.get(keep[0]), wk.get(K(9), "no"))
wk[keep[0]] = "new"
print(wk[keep[0]], len(wk), wk.pop(keep[0]), len(wk), len(wk.keyrefs()))
del wk[keep[1]]
print(len(wk), sorted(map(repr, wk.copy())))
try:
    wk[1] = 2
except TypeError as e:
    print(e)
print(repr(wv).startswith("<WeakValueDictionary at 0x"))
