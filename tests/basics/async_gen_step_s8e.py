# Async generator awaitables driven by hand: a value sent into the first
# step, reuse errors, athrow() on a finished generator, anext() with a bad
# __await__.
import asyncio

async def one():
    yield 123

try:
    one().__anext__().send(100)
except TypeError as e:
    print("TypeError", e)

async def echo():
    v = yield 1
    v = yield v
    yield v * 100

it = echo()
for v in (None, 10, 12):
    try:
        it.__anext__().send(v)
    except StopIteration as ex:
        print("StopIteration", ex.args)

async def two():
    yield 1
    yield 2

class BadAwaitable:
    def __await__(self):
        return 42

class BadIter:
    def __aiter__(self):
        return self
    def __anext__(self):
        return BadAwaitable()

async def main():
    g = two()
    step = g.aclose()
    await step
    try:
        await step
    except RuntimeError as e:
        print("RuntimeError", e)
    print(await g.athrow(ValueError))
    nxt = g.__anext__()
    try:
        await nxt
    except StopAsyncIteration:
        print("StopAsyncIteration")
    try:
        await nxt
    except RuntimeError as e:
        print("RuntimeError", e)
    g = two()
    try:
        await g.asend(5)
    except TypeError as e:
        print("TypeError", e)
    a = anext(BadIter(), "default")
    print("made")
    try:
        await a
    except TypeError as e:
        print("TypeError", e)
    try:
        await anext(BadIter())
    except TypeError as e:
        print("TypeError", e)
    print(await anext(two(), 0), await anext(g, "dflt"))

asyncio.run(main())
