# inspect.getgeneratorstate / getcoroutinestate
import inspect


def gen():
    print('inside', inspect.getgeneratorstate(g))
    yield 1
    yield 2


g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g) == inspect.GEN_SUSPENDED)
g.close()
print(inspect.getgeneratorstate(g))
g2 = gen()
list(g2)
print(inspect.getgeneratorstate(g2))


async def co():
    return 5


c = co()
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
print(inspect.getcoroutinestate(c), inspect.CORO_CLOSED)
