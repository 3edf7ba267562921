# Deleting an entry of a dict (del d[k], d.pop(k), d.popitem(), del obj.attr,
# del of a global, OrderedDict/Counter deletes) lets the collector free the
# removed value at once: the dead table slot keeps no pointer to it, so weak
# references die and WeakValueDictionary/WeakSet entries go away.
# (The collector also scans the C stack conservatively: each check first
# overwrites what earlier, deeper calls left there, then collects from the
# top level, so that only the table could keep the object.)
import gc
import weakref
from collections import OrderedDict, Counter


class C:
    pass


def put(mapping, key):
    obj = C()
    mapping[key] = obj
    return weakref.ref(obj)


def scrub(n):
    return scrub(n - 1) if n else 0


d = {"keep": 1}
r = put(d, "a")
del d["a"]
scrub(30)
gc.collect()
print("del d[k]", r() is None)

r = put(d, "b")
print("pop returns it", d.pop("b") is r())
scrub(30)
gc.collect()
print("d.pop(k)", r() is None)

r = put(d, "c")
d.popitem()
scrub(30)
gc.collect()
print("d.popitem()", r() is None)
print("left", d)


class Holder:
    pass


h = Holder()
h.other = 0
h.spare = 0
r = put(h.__dict__, "x")
del h.x
# the same path once more with a value nobody watches: what the first
# delete left in that path's C stack slots (out of scrub's reach in some
# builds: ASan's frames) is overwritten; x's dead table slot is not touched
del h.spare
scrub(30)
gc.collect()
print("del obj.attr", r() is None)

od = OrderedDict(first=1)
r = put(od, "k")
del od["k"]
scrub(30)
gc.collect()
print("OrderedDict del", r() is None)

cnt = Counter("ab")
r = put(cnt, "z")
del cnt["z"]
scrub(30)
gc.collect()
print("Counter del", r() is None)

r = put(globals(), "glob")
del glob
scrub(30)
gc.collect()
print("del global", r() is None)

wvd = weakref.WeakValueDictionary()
keep = C()
wvd["keep"] = keep
r = put(wvd, "gone")
holder = {"v": r()}
del holder["v"]
scrub(30)
gc.collect()
print("WeakValueDictionary", sorted(wvd.keys()))

ws = weakref.WeakSet()
bag = {"o": C()}
ws.add(bag["o"])
del bag["o"]
scrub(30)
gc.collect()
print("WeakSet", len(ws))
