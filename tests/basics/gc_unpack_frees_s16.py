# Unpacking a list or tuple (a, b = seq) leaves no pointer to the sequence's
# items behind in the running function's interpreter frame: once the names
# and the sequence are gone, a collection in the same function frees the
# items (weak references die). The collector scans the C stack
# conservatively, so each check first overwrites what earlier, deeper calls
# left there.
import gc
import weakref


class C:
    pass


def scrub(n):
    return scrub(n - 1) if n else 0


def from_list():
    t = [C(), C(), C(), C()]
    a, b, c, d = t
    del t, a, b, d
    r = weakref.ref(c)
    del c
    scrub(30)
    gc.collect()
    print("list unpack", r() is None)


def from_tuple():
    t = (C(), C())
    a, b = t
    del t, a
    r = weakref.ref(b)
    del b
    scrub(30)
    gc.collect()
    print("tuple unpack", r() is None)


from_list()
from_tuple()
