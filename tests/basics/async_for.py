# async for with __aiter__ and __anext__
class Suspend:
    def __await__(self):
        yield 'tick'
class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Suspend()
        self.i += 1
        return self.i
async def main():
    out = []
    async for v in ARange(3):
        out.append(v)
    else:
        out.append('else')
    return out
c = main()
ticks = 0
try:
    while True:
        c.send(None)
        ticks += 1
except StopIteration as e:
    print(e.value, ticks)
