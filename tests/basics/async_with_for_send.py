# async for / async with / await driven by hand with send() and throw()
class AIter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
class ACM:
    async def __aenter__(self):
        print('enter')
        return 'val'
    async def __aexit__(self, t, v, tb):
        print('exit', t.__name__ if t else None, v)
        return t is KeyError
class Awaitable:
    def __await__(self):
        x = yield 'suspended'
        return x * 2
async def main():
    out = []
    async for i in AIter(3):
        out.append(i)
    print(out)
    async with ACM() as v:
        print('body', v)
    async with ACM():
        raise KeyError('swallowed')
    r = await Awaitable()
    print('await result', r)
    try:
        async with ACM():
            raise ValueError('no')
    except ValueError as e:
        print('outer', e)
    return 'done'
c = main()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print('result', e.value)
async def agen_like():
    return 1
c = agen_like()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print('ret', e.value)
c = agen_like(); c.close()
async def thrower():
    await Awaitable()
c = thrower(); print(c.send(None))
try:
    c.throw(OSError('t'))
except OSError as e:
    print('thrown', e)
