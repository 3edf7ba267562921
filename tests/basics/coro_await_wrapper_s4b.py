# coroutine.__await__() returns an iterator (coroutine_wrapper) usable with
# iter()/yield from; a finished coroutine refuses send/next/throw
async def coro():
    return 'spam'
c = coro()
w = c.__await__()
print(type(w).__name__, iter(w) is w)
try:
    w.send(None)
except StopIteration as e:
    print('SI', e.value)
for step in (lambda: w.send(None), lambda: next(w), lambda: w.throw(Exception('wat')), lambda: c.throw(ValueError)):
    try:
        step()
    except RuntimeError as e:
        print('RE', e)
w.close(); w.close(); c.close()
class Wrapper:
    def __init__(self, co): self.co = co
    def __await__(self): return self.co.__await__()
async def inner():
    return 5
async def outer():
    return await Wrapper(inner())
o = outer()
try:
    o.send(None)
except StopIteration as e:
    print('SI', e.value)
def g():
    return (yield from coro().__await__())
try:
    next(g())
except StopIteration as e:
    print('SI', e.value)
