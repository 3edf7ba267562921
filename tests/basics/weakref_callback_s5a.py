# Weak reference callbacks and the collector: callbacks run after the
# collection with the reference (already cleared), never for a reference
# that died too; __del__ objects count as dead for their weak references;
# an exception in a callback is reported on stderr and does not propagate.
import gc
import weakref

log = []


class C:
    def __init__(self, name):
        self.name = name


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append("del " + self.name)


def cb(tag):
    def call(r):
        log.append((tag, r() is None))
    return call


def make(cls, name, *tags):
    o = cls(name)
    return [weakref.ref(o, cb(t)) for t in tags]


refs = make(C, "a", "a1", "a2")
gc.collect()
print(sorted(log), [r() for r in refs])
log.clear()

# A __del__ object: its weak references are cleared and their callbacks
# run (the order differs: CPython's refcounting runs __del__ first, its cycle
# collector, like ours, the callbacks first).
refs = make(D, "d", "d1")
gc.collect()
print(sorted(map(str, log)), refs[0]())
log.clear()


# A reference that is garbage itself gets no callback (a cycle, so that
# CPython's cycle collector frees it too).
def make_pair():
    o = C("p")
    o.cycle = o
    o.self_ref = weakref.ref(o, cb("never"))
    return None


make_pair()
gc.collect()
print(log)


# An exception in a callback is reported and swallowed.
def bad(r):
    log.append("bad ran")
    raise ValueError("boom")


def make_bad():
    o = C("b")
    return weakref.ref(o, bad), weakref.ref(o, cb("after"))


pair = make_bad()
gc.collect()
print(sorted(map(str, log)), pair[0]())
log.clear()


# Many weak references: the registry grows and shrinks without losing any.
def many(n):
    objs = [C(i) for i in range(n)]
    return objs, [weakref.ref(o) for o in objs], [weakref.ref(C(i)) for i in range(n)]


objs, live, dead = many(500)
gc.collect()
print(sum(r() is not None for r in live), sum(r() is None for r in dead))
print(all(r() is o for r, o in zip(live, objs)))
print(sum(weakref.getweakrefcount(o) for o in objs))
objs = None
live = None
dead = None


# A callback that makes new weak references and collects again.
def chain(n):
    o = C(n)

    def again(r):
        log.append(n)
        if n < 3:
            holder.append(chain(n + 1))
    return weakref.ref(o, again)


holder = []
holder.append(chain(0))
for i in range(4):
    gc.collect()
print(log)
