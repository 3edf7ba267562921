# Adversarial weak references under collection (fuzzing): callbacks that
# resurrect their reference, create new references, collect or raise; __del__
# that resurrects; proxies used after death; weak containers mutated while
# collections run. Only invariants are printed: when a conservative collector
# frees an object may differ from CPython.
# CPython spends 15-60 s in its gc.collect() calls here on a loaded machine:
# timeout: 180
import gc, weakref, random

random.seed(5)
pool, refs, graveyard, log = [], [], [], [0, 0]


class A:
    def __init__(self, n):
        self.n = n
        self.link = None

    def meth(self, r):
        log[0] += 1

    def __call__(self):
        return self.n


class D(A):
    def __del__(self):
        k = self.n % 5
        if k == 0:
            graveyard.append(self)
        elif k == 1:
            refs.append(weakref.ref(self, cb))
        elif k == 2:
            gc.collect()
        elif self.n == 3:
            raise ValueError  # reported on stderr once


def cb(r):
    log[1] += 1
    k = random.randrange(6)
    if k == 0:
        refs.append(r)
    elif k == 1:
        gc.collect()
    elif k == 2 and log[1] == 1:
        raise KeyError
    elif k == 3 and pool:
        refs.append(weakref.ref(random.choice(pool), cb))
    elif k == 4:
        refs.append(weakref.proxy(A(1), cb))
    elif k == 5 and refs:
        del refs[: len(refs) // 2]


wvd, wks = weakref.WeakValueDictionary(), weakref.WeakSet()
for it in range(1500):
    op = random.randrange(10)
    try:
        if op < 2:
            pool.append((A, D)[op](it))
        elif op == 2 and pool:
            o = random.choice(pool)
            refs.append(weakref.ref(o, random.choice([None, cb, o.meth])))
            refs.append(weakref.proxy(o, random.choice([None, cb])))
        elif op == 3 and pool:
            del pool[random.randrange(len(pool))]
        elif op == 4:
            gc.collect()
        elif op == 5 and refs:
            r = random.choice(refs)
            if isinstance(r, weakref.ref):
                r()
            else:
                r.n, r(), str(r), r + 1
        elif op == 6 and pool:
            wvd[it % 40] = random.choice(pool)
            wks.add(random.choice(pool))
        elif op == 7:
            for k, v in list(wvd.items()):
                gc.collect()
            for x in wks:
                pool.append(A(it))
                break
        elif op == 8:
            tmp = [weakref.ref(D(i), cb) for i in range(30)]
            del tmp
            graveyard.clear()
        elif op == 9 and pool:
            o = random.choice(pool)
            weakref.finalize(o, log.append, it)
            weakref.getweakrefs(o)
    except (ReferenceError, TypeError, RuntimeError):
        pass
    del pool[300:], refs[600:]
pool.clear()
graveyard.clear()
for i in range(3):
    gc.collect()
print(log[1] > 0, len(wvd) <= 40, all(r() is None or isinstance(r(), A) for r in refs if type(r) is weakref.ref))
