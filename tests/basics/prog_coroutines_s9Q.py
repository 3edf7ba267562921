# generator-based coroutines and contextlib helpers in an event-processing pipeline
import contextlib, functools

def coroutine(fn):
    @functools.wraps(fn)
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start

@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

@coroutine
def counter(target):
    n = 0
    try:
        while True:
            item = yield
            n += 1
            target.send("%d: %s" % (n, item))
    except GeneratorExit:
        target.send("total %d" % n)
        raise

@coroutine
def sink(out):
    while True:
        out.append((yield))

@coroutine
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

out1, out2 = [], []
c = counter(sink(out1))
pipe = broadcast(grep("error", c), grep("warn", sink(out2)))
for line in ["ok start", "error: disk", "warn: temp", "error: net", "fine", "warn: fan error"]:
    pipe.send(line)
c.close()
print(out1)
print(out2)

@coroutine
def running_stats():
    n, mean, m2 = 0, 0.0, 0.0
    result = None
    while True:
        x = yield result
        n += 1
        d = x - mean
        mean += d / n
        m2 += d * (x - mean)
        result = (n, round(mean, 6), round(m2 / (n - 1), 6) if n > 1 else 0.0)
rs = running_stats()
print([rs.send(x) for x in [2, 4, 4, 4, 5, 5, 7, 9]][-1])

def tokens(text):
    for word in text.split():
        cmd = yield word
        while cmd is not None:
            cmd = yield ("echo", cmd)
t = tokens("a b c")
print(next(t), t.send("x"), t.send(None), next(t), list(t))

@contextlib.contextmanager
def timer(log, name):
    log.append("start " + name)
    yield
    log.append("stop " + name)

log = []
@timer(log, "decorated")
def work(x):
    log.append("work %d" % x)
    return x * 2
print(work(1), work(2), log)

class Conn:
    def __init__(self, name): self.name, self.closed = name, False
    def close(self): self.closed = True
with contextlib.closing(Conn("db")) as conn:
    print(conn.name, conn.closed)
print(conn.closed)
with contextlib.nullcontext(5) as v:
    print("null", v)

@contextlib.contextmanager
def transaction(db):
    snapshot = dict(db)
    try:
        yield db
    except Exception as e:
        db.clear()
        db.update(snapshot)
        print("rolled back:", e)
    else:
        print("committed", sorted(db.items()))

db = {"a": 1}
with transaction(db) as d:
    d["b"] = 2
with transaction(db) as d:
    d["c"] = 3
    raise ValueError("boom")
print(db)

def stacked(names):
    with contextlib.ExitStack() as stack:
        for n in names:
            stack.enter_context(timer(log, n))
        log.append("body")
        rest = stack.pop_all()
    log.append("after with")
    rest.close()
log.clear()
stacked(["x", "y"])
print(log)
@contextlib.contextmanager
def raising():
    yield
try:
    with raising():
        raise KeyError("passes through")
except KeyError as e:
    print("KeyError", e)
@contextlib.contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
import asyncio
@contextlib.asynccontextmanager
async def session(log):
    log.append("open")
    try:
        yield "S"
    finally:
        log.append("close")
async def main():
    log = []
    async with session(log) as s:
        log.append(s)
    async with contextlib.AsyncExitStack() as st:
        v = await st.enter_async_context(session(log))
        log.append(v + "2")
    return log
print(asyncio.run(main()))
