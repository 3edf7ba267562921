# Three asyncio points checked against CPython 3.11:
# - every run() of one asyncio.Runner runs in the same context, so a
#   ContextVar set in one run is seen by the next (run(context=...) still
#   uses the context given);
# - asyncio.iscoroutine() accepts any object whose class has __await__, send,
#   throw and close (collections.abc.Coroutine's test), not only coroutines;
# - a Queue wakes a bare future found among its waiters (CPython's queues
#   keep futures there) by setting its result to None.
import asyncio
import contextvars

cvar = contextvars.ContextVar('cvar', default=-1)


async def swap(val):
    old = cvar.get()
    await asyncio.sleep(0)
    cvar.set(val)
    return old


async def snapshot():
    return contextvars.copy_context()


with asyncio.Runner() as runner:
    print(runner.run(swap(1)), runner.run(swap(2)), runner.run(swap(3)))
    print(runner.run(snapshot()).get(cvar))
    other = contextvars.Context()
    print(runner.run(swap(10), context=other), other.get(cvar), runner.run(swap(4)))
print(cvar.get())  # the caller's context is untouched


class DuckCoro:
    def send(self, value):
        pass

    def throw(self, *a):
        pass

    def close(self):
        pass

    def __await__(self):
        yield


class NoClose:
    def send(self, value):
        pass

    def throw(self, *a):
        pass

    def __await__(self):
        yield


async def nothing():
    pass


c = nothing()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(DuckCoro()), asyncio.iscoroutine(NoClose()),
      asyncio.iscoroutine(nothing), asyncio.iscoroutine(42))
c.close()


async def queue_with_future():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue(1)
    await q.put('a')
    waiter = loop.create_future()
    q._putters.append(waiter)
    print(await q.get(), waiter.done(), waiter.result())
    done = loop.create_future()
    done.cancel()
    q._getters.append(done)
    q.put_nowait('b')  # an already cancelled waiter is passed over quietly
    print(q.get_nowait(), done.cancelled())


asyncio.run(queue_with_future())
