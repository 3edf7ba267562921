# An object whose last reference was a local that is rebound dies at the next
# gc.collect() (in CPython at once), even though an earlier call passed it as
# an argument: its stack slot lies above the running call's arguments, dead.
# Values a running call still uses survive the collection, whatever the call
# form. A copy may also be left in the interpreter's own C stack frames, which
# the collector scans too (for how long depends on the C compiler): take()
# calls, which use only the frame's first stack slot, overwrite those first;
# del is not checked for that reason (a sanitizer build keeps a copy).
import gc
import weakref


class C:
    def meth(self, *a, **k):
        return len(a) + len(k)


class D:
    log = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        D.log.append(self.name)


def take(*a, **k):
    return len(a) + len(k)


def rebind():
    obj = C()
    wr = weakref.ref(obj)
    obj = None
    take()
    take()
    gc.collect()
    print("rebind", wr() is None)


def method_call():
    obj = C()
    wr = weakref.ref(obj)
    print("meth", obj.meth(obj, 1, x=obj))
    obj = None
    take()
    take()
    gc.collect()
    print("method", wr() is None)


def finaliser():
    d = D("a")
    print(len([d, d]))
    d = None
    gc.collect()
    print("del ran", D.log)
    D.log.clear()


rebind()
method_call()
finaliser()


# Live values around a collection are kept: arguments of the running call
# (positional, keyword, self, *args, **kwargs) and values pushed before it.
def collect_and(*a, **k):
    gc.collect()
    for _ in range(3):
        [C() for _ in range(50)]
    return a, sorted(k.items())


class M:
    def __init__(self, v):
        self.v = v

    def m(self, *a, **k):
        gc.collect()
        return self.v, a, sorted(k.items())


def live():
    print(collect_and([1, 2], "x" * 3, k=[3], j={4: 5}))
    print(collect_and(*[[6], (7,)], **{"z": [8]}))
    print(M([9]).m([10], w=[11]))
    print(M([12]).m(*[[13]], **{"q": [14]}))
    # A pending outer call's arguments sit below the inner call's stack top.
    print(take([15], collect_and([16]), [17]), [18] + [collect_and([19])[0]])
    t = (collect_and(str(i)) for i in range(3))
    print(list(t))


live()


# Collections from callbacks that run inside other operations.
class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        gc.collect()
        return hash(self.v)

    def __eq__(self, other):
        gc.collect()
        return isinstance(other, K) and self.v == other.v

    def __del__(self):
        gc.collect()


def callbacks():
    d = {K(1): [1], K(2): [2]}
    print(take(d[K(1)], d[K(2)], [K(3)] == [K(3)]), sorted(v[0] for v in d.values()))
    for i in range(20):
        K(i)
    gc.collect()
    print(take(*[K(i).v for i in range(5)]))


callbacks()


# Exceptions out of calls, caught in the same frame.
def boom(x):
    gc.collect()
    raise ValueError(x)


def exc_calls():
    out = []
    for i in range(5):
        try:
            out.append(take([i], boom([i]), [i]))
        except ValueError as e:
            out.append(e.args[0])
    print(out)


exc_calls()


# Deep recursion: every frame is stopped in a call during the collection.
def deep(n, keep):
    if n == 0:
        gc.collect()
        return sum(len(k) for k in keep)
    return deep(n - 1, keep + [[n] * 2])


print(deep(200, []))
