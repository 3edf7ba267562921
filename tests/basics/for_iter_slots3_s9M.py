# For-loop stack slots (GET_ITER_STACK) in generators thrown into and closed
# inside nested loops/with/try, send() driving break/return, loops with
# match, class-body and module-level loops, async for, comprehensions.
import gc
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): return self
    def __exit__(self, t, v, tb): print("exit", self.n, t.__name__ if t else None); return self.n == "swallow"
def g():
    for a in range(3):
        with CM(a):
            for b in "xy":
                try:
                    for c in [1, 2]:
                        try:
                            yield a, b, c
                        except KeyError:
                            print("caught KeyError at", a, b, c)
                            continue
                finally:
                    print("fin", a, b)
x = g()
print(next(x), next(x))
print(x.throw(KeyError))
gc.collect()
print(next(x))
try:
    x.throw(ValueError)
except ValueError: print("VE out")
print(list(x))
x = g(); next(x); next(x); x.close(); print("closed")
def g2():
    for a in range(2):
        with CM("swallow"):
            for b in (1, 2, 3):
                yield b
                raise IndexError
        print("after with", a)
print(list(g2()))
def g3():
    total = 0
    for a in range(4):
        for b in range(4):
            v = yield (a, b)
            if v == "brk": break
            if v == "ret": return total
            total += 1
        else:
            print("inner else", a)
    else:
        print("outer else")
    return total
x = g3(); r = [next(x)]
for cmd in [None, "brk", None, None, None, "brk", None, "ret"]:
    try: r.append(x.send(cmd))
    except StopIteration as e: r.append(("stop", e.value)); break
print(r)
# for/else with break; while inside for; match in loop
def f():
    out = []
    for i in range(5):
        j = 0
        while True:
            j += 1
            if j > i: break
            for k in "ab":
                match (i, k):
                    case (1, "a"): continue
                    case (3, _): break
                    case _: out.append((i, j, k))
            else:
                out.append("e")
    return out
print(f())
# loops at module level, class body
class C:
    acc = []
    for i in range(3):
        for c in "ab":
            acc.append(c * i)
    del i, c
print(C.acc)
for i in range(2):
    for j in [[1, 2], (3,)]:
        for k in j: print(i, k, end=";")
print()
# async for, await inside loops
import asyncio
class AIt:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 3: raise StopAsyncIteration
        await asyncio.sleep(0)
        return self.n
async def co():
    out = []
    for a in range(2):
        async for v in AIt():
            for w in (v, -v):
                await asyncio.sleep(0)
                gc.collect()
                out.append(w)
    return out
async def co2():
    return await asyncio.gather(co(), co())
print(asyncio.run(co2()))
# lambda/closure capturing loop vars, nested comprehensions referencing outer loops
fs = []
for i in range(3):
    for j in (10, 20):
        fs.append(lambda i=i, j=j: i + j)
print([f() for f in fs])
print([[(i, j) for j in range(i) if j % 2 == 0] for i in range(5) for _ in (0,)])
print({k: [v for v in range(k)] for k in range(3)}, sorted({c for s in ("ab", "bc") for c in s}))
print(sum(sum(1 for c in s) for s in ["abc", "de"]), max(len(s) for s in ("a", "abc")))
