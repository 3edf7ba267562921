# For-loop stack slots (GET_ITER_STACK): sequences mutated while iterated,
# __iter__/__next__ raising, sum/min/max/all/any, gc.collect() and deep
# recursion inside loops.
import gc, sys
# list mutated while iterated
l = [1, 2, 3]
r = []
for x in l:
    r.append(x)
    if len(l) < 8: l.append(x * 10)
print(r)
l = list(range(10))
for x in l:
    del l[0]
    print(x, end=" ")
print()
l = [1, 2, 3, 4]
for x in l:
    l.clear(); print(x)
l = [1, 2, 3]
for x in l:
    l[:] = [7] * 100 if x == 1 else []
    print(x)
ba = bytearray(b"abcdef")
for x in ba:
    if len(ba) > 2: del ba[-2:]
    else: ba.extend(b"zz") if len(ba) < 3 else None
    print(x, end=" ")
print()
# exceptions from __iter__/__next__
class BadIter:
    def __iter__(self): raise KeyError("it")
class BadNext:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise IndexError(self.n)
        return self.n
class NotIt:
    def __iter__(self): return 5
class StopNext:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(42)
for obj in [BadIter(), BadNext(), NotIt(), StopNext(), 5, None]:
    try:
        for x in obj:
            print("got", x)
        print("done")
    except Exception as e:
        print(type(e).__name__)
    try:
        print([x for x in obj])
    except Exception as e:
        print(type(e).__name__)
    try:
        print(list(x for x in obj))
    except Exception as e:
        print(type(e).__name__)
    for f in (sum, min, max, all, any):
        try:
            print(f(obj))
        except Exception as e:
            print(type(e).__name__)
# sum/min/max/all/any with hostile elements
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        gc.collect()
        return self.v < o.v
    def __gt__(self, o):
        gc.collect()
        return self.v > o.v
    def __bool__(self):
        gc.collect(); return self.v > 2
    def __add__(self, o): gc.collect(); return Cmp(self.v + (o.v if isinstance(o, Cmp) else o))
    __radd__ = __add__
lst = [Cmp(i) for i in (3, 1, 4, 1, 5)]
print(min(lst).v, max(lst).v, all(lst), any(lst), sum(lst).v, sum(lst, Cmp(100)).v)
print(min(lst, key=lambda c: -c.v).v, max((c for c in lst), key=lambda c: c.v).v)
print(min("hello"), max(b"hello"), sum(range(10**6, 10**6 + 10)), sum((1.5, 2)), sum([[1], [2]], []))
print(all(range(0)), any(range(3)), min(range(-5, 5)), max(range(3, 100, 7)), sum(range(2**62, 2**62 + 3)))
print(min([], default=7), max((), default=None), min(1, 2), max("a", "b", key=len))
try: min([])
except ValueError: print("ValueError")
# gc.collect inside loops
def gcl():
    out = []
    for i in range(3):
        for s in ["x" * 10 + str(i), ("t",) * 3]:
            for c in s:
                gc.collect()
                out.append(c)
    return out
print(gcl())
def gcg():
    for t in [[str(i) * 3 for i in range(3)]]:
        for s in t:
            yield s
            gc.collect()
            yield [x for x in s]
print(list(gcg()))
# deep recursion inside loops
def rec(n):
    for i in range(1):
        for c in "a":
            return rec(n + 1) if n < 3000 else n
try:
    print(rec(0))
except RecursionError:
    print("RecursionError")
def rec2(n):
    for i in [n]:
        if n == 0: return 0
        return 1 + rec2(n - 1)
print(rec2(200))
def recg(n):
    for i in range(2):
        if n: yield from recg(n - 1)
        else: yield i
try:
    print(sum(recg(12)))
except RecursionError: print("RecursionError")
