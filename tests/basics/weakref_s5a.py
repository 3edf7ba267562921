# weakref.ref: calling, callbacks, hashing, equality, repr shape, errors.
# Referents are made inside helper functions so that no pointer to them is
# left in this frame when gc.collect() runs (our collector is conservative).
import gc
import weakref


class C:
    def __init__(self, n=0):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, C) and self.n == other.n

    def __hash__(self):
        return hash(self.n)


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


log = []


def cb(r):
    log.append(("cb", r() is None))


def make_dead(callback=None):
    o = C(5)
    return weakref.ref(o, callback) if callback else weakref.ref(o)


keep = C(1)
r = weakref.ref(keep)
print(r() is keep, r.__callback__, type(r).__name__)
print(weakref.ref(keep) is r, weakref.getweakrefcount(keep))
r2 = weakref.ref(keep, cb)
print(r2 is r, r2.__callback__ is cb, weakref.getweakrefcount(keep))
print(r == r2, r != r2, hash(r) == hash(keep))

# equality of live refs follows the referents
other = C(1)
print(weakref.ref(other) == r, weakref.ref(keep) == r)
# not weakref.ref(C(2)): CPython frees the temporary at once, we only at the next GC (README: GC timing)

d1 = make_dead(cb)
d2 = make_dead()
h = None
gc.collect()
print(d1(), d2(), d1.__callback__, log)
print(d1 == d2, d1 == d1, d1 != d2)
print(repr(d1).startswith("<weakref at 0x"), repr(d1).endswith("; dead>"))
print(repr(r).startswith("<weakref at 0x"), "; to 'C' at 0x" in repr(r))
try:
    hash(d1)
except TypeError as e:
    print("TypeError", e)


# a ref hashed while alive keeps its hash
def hashed_then_dead():
    o = C(7)
    w = weakref.ref(o)
    return w, hash(w)


w, hw = hashed_then_dead()
gc.collect()
print(w() is None, hash(w) == hw)

for bad in (1, 2.5, "s", b"b", (1,), [1], {}, None, True, object(), range(3), Slotted()):
    try:
        weakref.ref(bad)
        print("ok?", type(bad).__name__)
    except TypeError as e:
        print(e)

def f():
    pass

for good in (f, len, C, {1}, frozenset(), weakref, SlottedWeak(), (x for x in ()), keep.__init__):
    print(type(good).__name__, weakref.ref(good)() is good)

try:
    weakref.ref()
except TypeError:
    print("TypeError no args")
try:
    weakref.ref(keep, None, 3)
except TypeError:
    print("TypeError 3 args")
try:
    r(1)
except TypeError:
    print("TypeError call with args")
try:
    r < r
except TypeError:
    print("TypeError <")
print(weakref.ReferenceType is weakref.ref, isinstance(r, weakref.ref))
