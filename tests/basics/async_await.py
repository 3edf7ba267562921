# await on coroutines and on objects with __await__
class Yield:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield self.v
        return ('resumed', got)
async def inner(x):
    r = await Yield(x)
    return r
async def outer():
    a = await inner('first')
    b = await inner('second')
    return [a, b]
coro = outer()
print(coro.send(None))
print(coro.send('s1'))
try:
    coro.send('s2')
except StopIteration as e:
    print('done', e.value)
