# Event loop API details that CPython code relies on: stop() before
# run_forever(), a future of another loop, duck-typed futures, task
# factories, a closed loop, negative delays and getnameinfo().
import asyncio
import socket

loop = asyncio.new_event_loop()

# stop() first: run_forever() makes one turn and returns
loop.call_soon(print, 'first turn')
loop.stop()
loop.run_forever()
print('returned')
loop.call_soon(print, 'second run')
loop.call_soon(loop.stop)
loop.run_forever()

# a future made by another loop
other = asyncio.new_event_loop()
fut = other.create_future()
try:
    loop.run_until_complete(fut)
except ValueError as e:
    print('ValueError', e)
try:
    asyncio.ensure_future(fut, loop=loop)
except ValueError:
    print('ensure_future: ValueError')
print(asyncio.ensure_future(fut, loop=other) is fut)
other.close()


# duck-typed futures
class Duck:
    _asyncio_future_blocking = None

    def __init__(self):
        self._asyncio_future_blocking = False


d = Duck()
print(asyncio.isfuture(Duck), asyncio.isfuture(d), asyncio.isfuture(object()))
print(asyncio.ensure_future(d) is d, asyncio.wrap_future(d) is d)
print(asyncio.isfuture(loop.create_future()))


# task factory
class MyTask(asyncio.Task):
    pass


made = []


def factory(lp, coro, **kw):
    made.append(sorted(kw))
    return MyTask(coro, loop=lp, **kw)


async def work(n):
    await asyncio.sleep(0)
    return n * 2


async def main():
    t = asyncio.create_task(work(1), name='one')
    print(type(t).__name__, t.get_name(), await t)
    async with asyncio.TaskGroup() as tg:
        t2 = tg.create_task(work(2), name='two')
    print(type(t2).__name__, t2.get_name(), t2.result())


print(loop.get_task_factory())
loop.set_task_factory(factory)
print(loop.get_task_factory() is factory)
loop.run_until_complete(main())
print(made)
loop.set_task_factory(None)
t = loop.create_task(work(3))
print(type(t).__name__, loop.run_until_complete(t))
try:
    loop.set_task_factory(42)
except TypeError as e:
    print('TypeError', e)

# timers with negative delays run in the order of their times
calls = []
loop.call_later(-1, calls.append, 'a')
loop.call_later(-2, calls.append, 'b')
loop.call_later(0, calls.append, 'c')
loop.call_soon(loop.stop)
loop.run_forever()
loop.run_until_complete(asyncio.sleep(0))
print(calls)

# getnameinfo, numeric: no name service involved
print(loop.run_until_complete(loop.getnameinfo(('127.0.0.1', 8080),
                                               socket.NI_NUMERICHOST | socket.NI_NUMERICSERV)))

# a closed loop takes nothing more
loop.close()


async def never():
    pass


c = never()
for name, call in [('call_soon', lambda: loop.call_soon(print)),
                   ('call_later', lambda: loop.call_later(1, print)),
                   ('call_at', lambda: loop.call_at(1, print)),
                   ('create_task', lambda: loop.create_task(c)),
                   ('ensure_future', lambda: asyncio.ensure_future(never(), loop=loop))]:
    try:
        call()
    except RuntimeError as e:
        print(name, 'RuntimeError', e)
c.close()
