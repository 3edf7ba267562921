# compile(..., flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT): module code that awaits
# (await, async for/with, async comprehensions) becomes a coroutine code
# (CO_COROUTINE) whose names are the globals it is run with; without the flag
# it is a SyntaxError, and code that does not await stays plain.
import ast, types


class Later:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield "tick"
        return self.v


class Ctx:
    async def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        return False


async def arange(n):
    for i in range(n):
        yield i


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return ticks, e.value


samples = [
    "a = await Later(1)",
    "async for i in arange(1):\n    a = 1",
    "async with Ctx() as l:\n    a = l",
    "a = [x async for x in arange(2)][1]",
    "a = 1 in {x async for x in arange(2)}",
    "a = {x: 1 async for x in arange(1)}[0]",
    "a = [x async for x in (x async for x in arange(5))][1]",
    "a, = [1 for x in {x async for x in arange(1)}]",
    "a = [await Later(x) async for x in arange(2)][1]",
]
for mode in ("exec", "single"):
    for src in samples:
        try:
            compile(src, "?", mode)
            print("compiled without the flag")
        except SyntaxError as e:
            print("SyntaxError", e.msg)
        co = compile(src, "?", mode, flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        print(hex(co.co_flags & 0x80))
        g = {"Later": Later, "Ctx": Ctx, "arange": arange, "a": 0}
        print(run(types.FunctionType(co, g)()), g["a"])
        g = {"Later": Later, "Ctx": Ctx, "arange": arange, "a": 0}
        print(run(eval(co, g)), g["a"])

# Functions and classes it defines see its globals; a value comes back.
src = "x = await Later(5)\ndef f():\n    return x\nclass C:\n    y = x\nz = f() + C.y"
g = {"Later": Later}
print(run(eval(compile(src, "?", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT), g)))
print(g["x"], g["z"], sorted(k for k in g if not k.startswith("__")))
print(run(eval(compile("await Later(7)", "?", "eval", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT))))

# Without an await the code is plain and runs at once.
co = compile("q = 3", "?", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
g = {}
print(co.co_flags & 0x80, exec(co, g), g["q"])

# Still refused: awaiting in a plain function, a class body or a lambda.
for src in ["def f():\n    await x", "def f():\n    [x async for x in y]",
            "class C:\n    await x", "lambda: await x", "def f():\n    async with x: pass"]:
    try:
        compile(src, "?", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
