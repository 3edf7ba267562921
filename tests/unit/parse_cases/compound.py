# Compound statements: every block form, functions, classes, async.
if a:
    pass
if a: pass
if a:
    x = 1
elif b:
    x = 2
elif c: x = 3
else:
    x = 4
if (n := len(a)) > 10: pass
while True:
    break
else:
    pass
while x: x -= 1
for i in range(10):
    continue
for i, j in items: pass
for (i, j), k in items: pass
for [a, *b] in c: pass
for x in 1, 2, 3:
    pass
else:
    done()
for x.y in z: pass
for x[0] in z: pass
try:
    risky()
except:
    pass
try:
    risky()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except Exception as exc:
    pass
else:
    ok()
finally:
    cleanup()
try:
    pass
finally:
    pass
with open(f) as fp:
    pass
with a, b as c, d as (e, f):
    pass
with (a, b):
    pass
with (a as b, c as d,):
    pass
with (a):
    pass
with (a, b) as c:
    pass
with (a).b as c, d:
    pass
with (yield x) as y:
    pass
with (x for x in y):
    pass
with (a) + b, c:
    pass
with lock: counter += 1
def f(): pass
def f(a, b, c): return a
def f(a, b=1, *args, c, d=2, **kwargs): pass
def f(a, /, b, *, c): pass
def f(a=1, /, b=2, *, c, d=4): pass
def f(*, a, b=2): pass
def f(**kw,): pass
def f(*args,): pass
def f(a: int, b: "str" = 'x', *c: tuple, d: list = [], **e: dict) -> bool:
    return True
def f(a,
      b,
      c=3,
      ): pass
@decorator
def f(): pass
@dec.attr(1, x=2)
@dec2
def f():
    """Docstring."""
    def inner():
        nonlocal x
        global y
        return x
    return inner
@(lambda f: f)
def g(): pass
class A: pass
class B(A): pass
class C(A, B, metaclass=M, **kw):
    x = 1
    def method(self):
        return self.x
    @property
    def prop(self): return 1
    class Inner:
        pass
@dataclass
class D:
    x: int
    y: float = 0.0
class E(): pass
async def coro(a):
    await a
    x = await f()
    async for i in aiter():
        pass
    else:
        pass
    async with ctx() as c, other():
        pass
    r = [i async for i in aiter() if await i]
    s = (await x for x in y)
    return await asyncio.sleep(0)
@dec
async def coro2(): pass
def gen():
    x = yield
    y = yield x
    z = yield from other()
    yield a, b
    lambda: (yield)
