# asyncio Lock, Semaphore, BoundedSemaphore and Condition: waiters are served
# in order, a cancelled waiter does not keep the resource, async with works.
# Hold times differ by tens of milliseconds so that the order of the log does
# not depend on how fast the interpreter runs (a sanitizer build is slow).
import asyncio

async def worker(name, prim, log, hold):
    async with prim:
        log.append(name + '+')
        await asyncio.sleep(hold)
        log.append(name + '-')

async def main():
    for prim in (asyncio.Lock(), asyncio.Semaphore(2), asyncio.BoundedSemaphore(1)):
        log = []
        hold = {'a': 0.01, 'b': 0.06, 'c': 0.01, 'd': 0.01}
        tasks = [asyncio.create_task(worker(n, prim, log, hold[n])) for n in 'abcd']
        await asyncio.sleep(0)
        tasks[2].cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        print(type(prim).__name__, log, prim.locked())
    lock = asyncio.Lock()
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print('cancelled')
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError')
    b = asyncio.BoundedSemaphore(1)
    try:
        b.release()
    except ValueError:
        print('ValueError')
    cond = asyncio.Condition()
    got = []
    async def waiter_task(i):
        async with cond:
            await cond.wait()
            got.append(i)
    ws = [asyncio.create_task(waiter_task(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.01)
    print(got, cond.locked())
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)
    print(got)
    ev = asyncio.Event()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    ev.set()
    print(await t)

asyncio.run(main())
