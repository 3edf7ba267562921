# Which yield / await / := / async comprehensions an annotation accepts, with
# and without `from __future__ import annotations` (then none is evaluated,
# and yield, await and := directly in it are refused), and the names an
# annotation in a function body touches.
srcs = [
    "def f(x: (yield)): pass",
    "def g():\n def f(x: (yield 1)): pass",
    "def g():\n def f() -> (yield): pass",
    "def g():\n x: (yield) = 1",
    "def g():\n x: (yield from z)",
    "async def g():\n x: (yield from y)",
    "x: (yield)",
    "class C:\n x: (yield)",
    "async def g():\n def f(x: (await y)): pass",
    "async def g():\n x: (await y)",
    "def g():\n x: await y",
    "def g():\n x: [await a for a in b]",
    "def g():\n x: lambda: await y",
    "def f(x: await y): pass",
    "x: await y",
    "def f(x: (y := 1)): pass",
    "x: (y := 1) = 2",
    "class C:\n x: (y := 1)",
    "def g():\n def f(*a: (yield)): pass",
    "def f(x: [(yield) for a in b]): pass",
    "x: [(y:=1) for a in b]",
    "def g():\n x: [(y := 1) for y in b]",
    "x: [a async for a in b]",
    "def g():\n x: [a async for a in b]",
    "def f(x: [a async for a in b]): pass",
    "x: lambda: (yield)",
    "x.y: (yield)",
    "x[0]: (yield)",
    "def g():\n x: y\n global y",
    "def f(a: y):\n global y",
    "x: y\nglobal y",
    "class C:\n x: y\n global y",
    "def g():\n def f(x: y): pass\n nonlocal y",
]
for fut in ("", "from __future__ import annotations\n"):
    for s in srcs:
        try:
            compile(fut + s, "s", "exec")
            r = "ok"
        except SyntaxError as e:
            r = "SyntaxError: %s %s" % (e.msg, (e.lineno - (1 if fut else 0), e.offset))
        print(bool(fut), repr(s), r)


# A function body's annotations are not evaluated, but their yield and :=
# still count.
def g():
    x: (yield)


print(type(g()).__name__)


def h():
    x: (z := 5)
    return z


try:
    h()
except NameError as e:
    print(type(e).__name__)
