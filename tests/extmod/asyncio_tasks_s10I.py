# Task/queue/lock behaviour CPython's test_asyncio (tasks, queues, locks)
# checks and a user meets: futures of another loop, gather's
# loop and cancel message, wait()/as_completed() argument checks, one
# deadline for as_completed, run_coroutine_threadsafe, Queue repr/str and the
# _init/_put/_get hooks, Event/Lock/Semaphore reprs, Task[...] aliases.
import asyncio
import re
import threading


def hide_ids(s):
    return re.sub('0x[0-9a-f]+', 'ID', s)


def other_loop():
    a = asyncio.new_event_loop()
    b = asyncio.new_event_loop()
    fut = a.create_future()

    async def waits():
        await fut

    try:
        b.run_until_complete(waits())
    except RuntimeError as e:
        print('RuntimeError', 'attached to a different loop' in str(e))
    # gather takes the loop of what it is given
    kids = [b.create_future() for _ in range(3)]
    g = asyncio.gather(*kids)
    print(g.get_loop() is b)
    for i, k in enumerate(kids):
        k.set_result(i)
    print(b.run_until_complete(g))

    async def selfish():
        await t
    t = b.create_task(selfish())
    try:
        b.run_until_complete(t)
    except RuntimeError as e:
        print('RuntimeError', str(e).startswith('Task cannot await on itself'))
    a.close()
    b.close()


async def cancel_messages():
    async def looper():
        while True:
            await asyncio.gather(asyncio.sleep(0.01), return_exceptions=True)

    for args in ((), ('my message',), (5,)):
        t = asyncio.create_task(looper())
        await asyncio.sleep(0.03)
        t.cancel(*args)
        try:
            await t
        except asyncio.CancelledError as e:
            print('cancelled', e.args)


async def bad_args():
    fut = asyncio.get_running_loop().create_future()

    async def coro():
        pass

    for fn in (asyncio.wait, asyncio.as_completed):
        for arg in (fut, coro()):
            try:
                r = fn(arg)
                if fn is asyncio.wait:
                    await r
                else:
                    next(iter(r))
            except TypeError as e:
                print(fn.__name__, 'TypeError', str(e).split()[-1])
            if asyncio.iscoroutine(arg):
                arg.close()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError', e)
    fut.cancel()


async def as_completed_deadline():
    a = asyncio.create_task(asyncio.sleep(0.05, 'a'))
    b = asyncio.create_task(asyncio.sleep(0.3, 'b'))
    out = []
    for f in asyncio.as_completed([a, b], timeout=0.15):
        try:
            out.append(await f)
        except asyncio.TimeoutError:
            out.append('timeout')
            # each later one would get its own 0.15 s otherwise
            await asyncio.sleep(0.1)
    print(out)
    b.cancel()


def threadsafe():
    loop = asyncio.new_event_loop()

    async def add(a, b):
        await asyncio.sleep(0.01)
        return a + b

    async def fail():
        raise KeyError('k')

    async def forever():
        await asyncio.sleep(100)

    results = []

    def worker():
        f = asyncio.run_coroutine_threadsafe(add(1, 2), loop)
        results.append(f.result(5))
        f = asyncio.run_coroutine_threadsafe(fail(), loop)
        try:
            f.result(5)
        except KeyError as e:
            results.append(repr(e))
        f = asyncio.run_coroutine_threadsafe(forever(), loop)
        try:
            f.result(0.05)
        except TimeoutError:
            results.append('timeout')
        results.append(f.cancel())
        loop.call_soon_threadsafe(loop.stop)

    try:
        asyncio.run_coroutine_threadsafe(5, loop)
    except TypeError as e:
        print('TypeError', e)
    th = threading.Thread(target=worker)
    th.start()
    loop.run_forever()
    th.join()
    loop.run_until_complete(asyncio.sleep(0.01))
    print(results)
    print(sorted(t.cancelled() for t in asyncio.all_tasks(loop)))
    loop.close()


async def queues():
    q = asyncio.Queue()
    print(str(q), hide_ids(repr(q)))
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait(1)
    print(await getter, str(q))
    q = asyncio.Queue(maxsize=1)
    q.put_nowait('x')
    putter = asyncio.create_task(q.put('y'))
    await asyncio.sleep(0)
    print(str(q))
    print(q.get_nowait())
    await putter
    print(str(q), q.qsize())

    class Unique(asyncio.Queue):
        # CPython's subclass hooks
        def _init(self, maxsize):
            self._queue = []

        def _put(self, item):
            if item not in self._queue:
                self._queue.append(item)

        def _get(self):
            return self._queue.pop()

    u = Unique()
    for x in (1, 2, 2, 3, 1):
        await u.put(x)
    print(u.qsize(), [u.get_nowait() for _ in range(u.qsize())])
    for a in (asyncio.Queue[int], asyncio.Task[str], asyncio.Future[int]):
        print(a.__origin__.__name__, a.__args__)


async def lock_reprs():
    ev = asyncio.Event()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(hide_ids(repr(ev)))
    ev.set()
    await t
    print(hide_ids(repr(ev)))
    lock = asyncio.Lock()
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(hide_ids(repr(lock)))
    lock.release()
    await t
    lock.release()
    sem = asyncio.Semaphore(2)
    print(hide_ids(repr(sem)))
    cond = asyncio.Condition()
    print(hide_ids(repr(cond)))


other_loop()
asyncio.run(cancel_messages())
asyncio.run(bad_args())
asyncio.run(as_completed_deadline())
threadsafe()
asyncio.run(queues())
asyncio.run(lock_reprs())
print(asyncio.iscoroutinefunction(cancel_messages), asyncio.iscoroutinefunction(hide_ids))
