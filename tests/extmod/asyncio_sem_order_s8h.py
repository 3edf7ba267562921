# Semaphore fairness: a waiter that was handed a unit but has not run yet
# still stands in line, so a task that releases and re-acquires queues
# behind it (CPython's order); reprs of Semaphore and Condition.
import asyncio


async def order(n_release):
    sem = asyncio.Semaphore(1)
    out = []

    async def one(tag):
        await sem.acquire()
        out.append(tag)

    async def two():
        await sem.acquire()
        out.append('b')
        sem.release()
        await sem.acquire()
        out.append('b2')

    tasks = [asyncio.create_task(one('a')), asyncio.create_task(two()),
             asyncio.create_task(one('c'))]
    await asyncio.sleep(0)
    print('locked while waiting:', sem.locked())
    for _ in range(n_release):
        sem.release()
    print('locked after release:', sem.locked())
    await asyncio.gather(*tasks)
    print(out, sem.locked())


async def cancel_handed():
    # A waiter cancelled after it was handed the unit passes it on.
    sem = asyncio.Semaphore(0)
    got = []

    async def w(tag):
        await sem.acquire()
        got.append(tag)

    t1 = asyncio.create_task(w(1))
    t2 = asyncio.create_task(w(2))
    await asyncio.sleep(0)
    sem.release()
    t1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(got, t1.cancelled(), sem.locked())
    t2.cancel() if not t2.done() else None


def state(r):
    return r[r.index('['):]


async def reprs():
    s = asyncio.Semaphore(2)
    print(state(repr(s)))
    await s.acquire()
    await s.acquire()
    print(state(repr(s)))
    b = asyncio.BoundedSemaphore(1)
    print(repr(b).startswith('<asyncio.locks.BoundedSemaphore object at'), state(repr(b)))
    c = asyncio.Condition()
    print(state(repr(c)))
    async with c:
        print(state(repr(c)))
    lk = asyncio.Lock()
    print(state(repr(lk)))


asyncio.run(order(2))
asyncio.run(order(3))
asyncio.run(cancel_handed())
asyncio.run(reprs())
