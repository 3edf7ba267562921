# For loops whose iterator lives in the frame's stack slots (GET_ITER_STACK):
# every kind of iterable, every way out of a loop, and range rebound.

def kinds():
    out = []
    for x in (1, 2):
        out.append(x)
    for x in [3, 4]:
        out.append(x)
    for x in "ab\u00e9\U0001f600":
        out.append(x)
    for x in b"cd":
        out.append(x)
    for x in bytearray(b"ef"):
        out.append(x)
    for x in range(3):
        out.append(x)
    for x in range(5, 8):
        out.append(x)
    for x in range(10, 0, -4):
        out.append(x)
    for x in range(0):
        out.append("never")
    for x in range(2 ** 62, 2 ** 62 + 2):
        out.append(x)
    for x in range(2 ** 70, 2 ** 70 + 2):
        out.append(x)
    for x in range(-3, 3, 2):
        out.append(x)
    r = range(3, -3, -2)
    for x in r:
        out.append(x)
    for x in {"k": 1}:
        out.append(x)
    for x in {5}:
        out.append(x)
    for x in iter([6, 7]):
        out.append(x)
    for x in range(True, 3):
        out.append(x)
    for x in ():
        out.append("never")
    for x in "":
        out.append("never")
    return out

print(kinds())

# break / continue / else / return at several depths
def exits(n):
    res = []
    for i in range(n):
        if i == 1:
            continue
        for j in (10, 20, 30):
            if j == 20:
                break
            for k in "xyz":
                if k == "y":
                    break
                res.append((i, j, k))
        else:
            res.append("inner else")
        if i == 3:
            return res, "returned"
    else:
        res.append("outer else")
    return res, "end"

print(exits(2))
print(exits(5))

# return from inside loops nested in try/finally and with
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0])

def in_blocks():
    for i in range(3):
        try:
            for j in [1, 2]:
                with CM():
                    for k in b"ab":
                        if k == 98:
                            return i, j, k
        finally:
            print("finally", i)

print(in_blocks())

def break_in_finally():
    out = []
    for i in range(4):
        try:
            out.append(i)
            if i == 2:
                break
        finally:
            out.append("f")
    return out

print(break_in_finally())

# exceptions out of loop bodies and out of iterators
def raiser():
    yield 1
    raise ValueError("from gen")

def catches():
    out = []
    try:
        for i in range(5):
            for c in "ab":
                if i == 2:
                    raise KeyError(c)
                out.append(c)
    except KeyError as e:
        out.append(repr(e))
    try:
        for x in raiser():
            out.append(x)
    except ValueError as e:
        out.append(str(e))
    for i in range(3):
        try:
            for j in (1, 2):
                1 / (j - 2)
        except ZeroDivisionError:
            out.append(("zde", i))
    return out

print(catches())

# generators suspended inside such loops, resumed later, closed early
def gen(n):
    try:
        for i in range(n):
            for c in "pq":
                yield i, c
    finally:
        print("gen finally")

g = gen(3)
print(next(g), next(g), next(g))
import gc
gc.collect()
l = [x for x in range(1000)]
print(next(g))
g.close()
print(list(gen(2)))

def gen_throw():
    for i in range(10):
        try:
            yield i
        except ValueError:
            yield "caught"

g = gen_throw()
print(next(g), next(g), g.throw(ValueError), next(g))

# comprehensions: several loops, conditions, range inside
print([(i, c) for i in range(3) for c in "ab" if i != 1])
print({i: [j for j in range(i)] for i in range(4)})
print(sorted({c for s in ("ab", "bc") for c in s}))
print(list(x * y for x in range(3) for y in (1, 10)))
print(sum(i for i in range(101)))

# the iterable's __iter__ is called once, also for comprehensions
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        print("iter called")
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n

for x in It():
    print("got", x)
print([x for x in It()])
print(list(x for x in It()))

# range rebound: globally, locally, as a parameter; other callees
def loop_range():
    return [i for i in range(3)] + [i for i in [0]] + list(i for i in range(2))

def loop_range2():
    out = []
    for i in range(3):
        out.append(i)
    return out

saved = range
range = lambda *a: ["rebound"] + list(a)
print(loop_range2(), loop_range())
for i in range(1, 2):
    print("module", i)
del range
print(loop_range2())

def local_range(range):
    return [i for i in range(2)], [x for x in (range(1))]

print(local_range(lambda n: "s" * (n + 1)))

def enum_loop():
    out = []
    for i, c in enumerate("ab"):
        out.append((i, c))
    for a, b in zip(range(3), "xyz"):
        out.append(a + 1)
    for t in reversed(range(3)):
        out.append(t)
    return out

print(enum_loop())

# errors from range() in a for header
for args in [(), ("a",), (1, 2, 0), (1.5,), (1, 2, 3, 4)]:
    try:
        for i in range(*args):
            pass
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
try:
    for i in range(1, 2, 0):
        pass
except ValueError as e:
    print("ValueError", e)
try:
    for i in range("x"):
        pass
except TypeError:
    print("TypeError")
try:
    for i in range(stop=3):
        pass
except TypeError:
    print("TypeError kw")
try:
    for i in 5:
        pass
except TypeError as e:
    print(e)

# index-like objects
class Idx:
    def __index__(self):
        return 3

print([i for i in range(Idx())])
for i in range(Idx()):
    print("idx", i)

# loops in class bodies and at module level
class K:
    acc = []
    for i in range(3):
        for c in "ab":
            acc.append(c * i)
print(K.acc)

# lists changed during iteration
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
    print("lst", x)
ba = bytearray(b"ab")
for x in ba:
    if len(ba) < 4:
        ba.append(99)
    print("ba", x)

# deep nesting of loops
def deep():
    n = 0
    for a in range(2):
        for b in (0, 1):
            for c in [0, 1]:
                for d in "ab":
                    for e in b"xy":
                        for f in range(2):
                            for g in bytearray(2):
                                n += 1
    return n

print(deep())

# many loop exits by break within a hot loop (stack must stay balanced)
def many():
    t = 0
    for i in range(1000):
        for j in (1, 2, 3):
            if j == 2:
                break
            t += j
    return t

print(many())

# async and plain loops mixed in comprehensions and statements
class AIt:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def amain():
    a = [(x, y) async for x in AIt(2) for y in range(2)]
    b = [(x, y) for x in range(2) async for y in AIt(2)]
    c = {x: [z async for z in AIt(x)] for x in range(3)}
    out = []
    async for v in AIt(3):
        for w in "ab":
            if w == "b":
                break
            out.append((v, w))
    for i in range(2):
        async for v in AIt(2):
            if v == 0:
                break
            out.append(v)
    return a, b, c, out

try:
    amain().send(None)
except StopIteration as e:
    print(e.value)
