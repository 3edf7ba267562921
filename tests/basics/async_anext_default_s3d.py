# anext(aiter, default): the default at the end instead of StopAsyncIteration.
import asyncio

async def agen():
    yield 1
    yield 2

async def empty():
    return
    yield

class Counter:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        return self.n

async def main():
    out = []
    g = agen()
    out.append(await anext(g, "d"))
    out.append(await anext(g, "d"))
    out.append(await anext(g, "d"))
    out.append(await anext(empty(), None))
    c = Counter()
    out.append([await anext(c, -1) for _ in range(4)])
    try:
        await anext(agen2())
    except StopAsyncIteration:
        out.append("SAI")
    try:
        anext(5)
    except TypeError as e:
        out.append(str(e))
    return out

async def agen2():
    return
    yield

print(asyncio.run(main()))
