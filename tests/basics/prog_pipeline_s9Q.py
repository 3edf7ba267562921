# generator pipelines and itertools
import itertools as it
from itertools import chain, groupby, islice, count, accumulate, product, permutations, combinations

LOG = """2024-01-01 10:00:01 INFO  user=alice action=login
2024-01-01 10:00:05 WARN  user=bob action=failed_login
2024-01-01 10:01:00 INFO  user=bob action=login
2024-01-01 10:05:22 ERROR user=carol action=crash code=500
2024-01-02 09:00:00 INFO  user=alice action=logout
2024-01-02 09:30:00 ERROR user=bob action=crash code=503
2024-01-02 11:11:11 INFO  user=dave action=login"""

def read(lines):
    for line in lines:
        yield line.rstrip()

def parse(lines):
    for line in lines:
        date, time, level, *rest = line.split()
        fields = dict(kv.split("=", 1) for kv in rest)
        yield {"date": date, "time": time, "level": level, **fields}

def where(records, **cond):
    for r in records:
        if all(r.get(k) == v for k, v in cond.items()):
            yield r

recs = list(parse(read(LOG.splitlines())))
print(len(recs), recs[3])
print([r["user"] for r in where(recs, level="ERROR")])
for date, group in groupby(recs, key=lambda r: r["date"]):
    g = list(group)
    print(date, len(g), sorted({r["level"] for r in g}))
for lvl, group in groupby(sorted(recs, key=lambda r: r["level"]), key=lambda r: r["level"]):
    print(lvl, [r["user"] for r in group])

print(list(islice(count(10, 5), 4)), list(islice("abcdefg", 2, None, 2)))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(chain("ab", [1, 2], (3,))), list(chain.from_iterable(["xy", "z"])))
print(list(product("ab", repeat=2)), len(list(product(range(3), range(4), range(2)))))
print(list(permutations([1, 2, 3]))[:4], list(combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(it.filterfalse(str.isdigit, "a1b2c3")), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(islice(it.cycle("xyz"), 7)), list(it.repeat("k", 3)))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(it.pairwise("abcd")))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(islice(fib(), 15)))
print(sum(x for x in islice(fib(), 100) if x % 2 == 0))

def chunked(iterable, n):
    itr = iter(iterable)
    while True:
        chunk = list(islice(itr, n))
        if not chunk:
            return
        yield chunk
print(list(chunked(range(10), 3)))

def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, (3, [4, 5]), []], [[[6]]], 7])))

def averager():
    total = n = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            break
        total += x
        n += 1
        avg = total / n
    return (n, avg)
g = averager()
next(g)
print([g.send(v) for v in [10, 20, 60]])
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

def delegator():
    result = yield from averager()
    yield "got %r" % (result,)
d = delegator()
next(d)
d.send(4); d.send(6)
print(d.send(None))

def gen_with_cleanup():
    try:
        for i in range(5):
            yield i
    finally:
        print("cleanup")
g = gen_with_cleanup()
print(next(g), next(g))
g.close()
print(list(g))

def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
t = thrower(); next(t)
t.throw(ValueError("boom"))
t.throw(ValueError("again"))
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated", e)
squares = (x * x for x in range(5))
print(3 in squares, list(squares))
print(sorted(it.chain(*[[3, 1], [2]])), dict(zip("abc", count())), list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
print(list(enumerate("abc", start=-1)), list(reversed(range(1, 10, 3))), list(filter(None, [0, 1, "", "a", None, []])))
