# driving coroutines by hand
class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield ('request', self.v)
        return got * 2
async def inner(x):
    r = await Awaitable(x)
    return r + 1
async def outer():
    a = await inner(1)
    b = await inner(10)
    return [a, b]
c = outer()
print(type(c).__name__)
req = c.send(None)
print(req)
req = c.send(5)
print(req)
try:
    c.send(7)
except StopIteration as e:
    print('result', e.value)
async def agen():
    for i in range(3):
        yield i
async def consume():
    out = []
    async for v in agen():
        out.append(v)
    return out
co = consume()
try:
    co.send(None)
except StopIteration as e:
    print('async for', e.value)
async def comp():
    return [v async for v in agen()]
co = comp()
try:
    co.send(None)
except StopIteration as e:
    print('async comp', e.value)
class ACM:
    async def __aenter__(self):
        print('aenter')
        return 'ctx'
    async def __aexit__(self, *a):
        print('aexit', a[0])
        return False
async def use():
    async with ACM() as v:
        print('body', v)
co = use()
try:
    co.send(None)
except StopIteration:
    print('done')
co = inner(1)
co.close()
print('closed')
