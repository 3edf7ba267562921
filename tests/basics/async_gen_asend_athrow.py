# async generators driven manually: asend, athrow, aclose
async def agen():
    try:
        x = yield 1
        print('got', x)
        y = yield 2
        print('got', y)
    except ValueError as e:
        print('caught', e)
        yield 'recovered'
    finally:
        print('agen finally')
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError('coroutine suspended unexpectedly')
g = agen()
print(run(g.asend(None)))
print(run(g.asend('a')))
print(run(g.athrow(ValueError('boom'))))
try:
    run(g.asend(None))
except StopAsyncIteration:
    print('StopAsyncIteration')
g2 = agen()
print(run(g2.__anext__()))
print(run(g2.aclose()))
print(type(g2).__name__, hasattr(g2, '__aiter__'), g2.__aiter__() is g2)
async def empty():
    return
    yield
try:
    run(empty().__anext__())
except StopAsyncIteration:
    print('empty StopAsyncIteration')
