# The callbacks of the weak references to one object run newest first, as in
# CPython (weakref.finalize callbacks too: its test_weakref
# FinalizeTestCase.test_order). The order must survive the registry being
# rebuilt while the references exist, references to other objects dying in
# between, and many objects dying in the same collection.
import gc
import weakref


class A:
    pass


log = []


def note(tag, i):
    def call(r):
        log.append((tag, i))
    return call


def per_tag():
    # Each object's callbacks in the order they ran (objects may die in any order).
    tags = {}
    for tag, i in log:
        tags.setdefault(tag, []).append(i)
    log.clear()
    return sorted(tags.items(), key=repr)


def first_to_die(make):
    # The conservative collector may see a dropped object late (a stale word
    # on the C stack): make objects until one dies, report the first.
    keep = []
    for attempt in range(20):
        keep.append(make(attempt))
        gc.collect()
        if log:
            tag, ids = min(per_tag())
            return tag[0], ids


# One object, a few references.
def few(attempt):
    a = A()
    return [weakref.ref(a, note(("a", attempt), i)) for i in range(5)]


print(first_to_die(few))

# Enough references to one object that the registry grows (and is rebuilt)
# while they exist; a proxy with a callback among them.
def many(attempt):
    a = A()
    keep = []
    for i in range(60):
        if i == 30:
            keep.append(weakref.proxy(a, note(("m", attempt), i)))
        else:
            keep.append(weakref.ref(a, note(("m", attempt), i)))
    return keep


print(first_to_die(many))
log.clear()


# References to other objects die in between (leaving holes in the registry;
# they die unreached, so their callbacks never run) and those of several
# objects are made in turn.
def interleaved(objs, rounds):
    keep = []
    for r in range(rounds):
        for k, o in enumerate(objs):
            keep.append(weakref.ref(o, note(k, r)))
            tmp = A()
            weakref.ref(tmp, note("tmp", 0))
            del tmp
        if r % 3 == 1:
            gc.collect()
    return keep


objs = [A() for _ in range(40)]
keep = interleaved(objs, 7)
log.clear()
objs.clear()
gc.collect()
res = [(t, ids) for t, ids in per_tag() if isinstance(t, int)]
print(len(res) > 30, all(ids == [6, 5, 4, 3, 2, 1, 0] for _, ids in res))


# weakref.finalize (CPython's test_order).
def finalizers(res):
    a = A()
    f1 = weakref.finalize(a, res.append, "f1")
    f2 = weakref.finalize(a, res.append, "f2")
    f3 = weakref.finalize(a, res.append, "f3")
    f4 = weakref.finalize(a, res.append, "f4")
    f5 = weakref.finalize(a, res.append, "f5")
    del f1, f4
    print(f2.alive, f3.alive, f5.alive)
    print(bool(f5.detach()), f5.alive)
    f5()
    res.append("A")
    f3()
    print(f3.alive)
    res.append("B")
    f3()
    res.append("C")
    return f2


res = []
f2 = finalizers(res)
for _ in range(10):
    gc.collect()
    if not f2.alive:
        break
print(f2.alive)
res.append("D")
f2()
print(res)
