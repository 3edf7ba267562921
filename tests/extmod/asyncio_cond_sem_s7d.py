import asyncio

async def sem_fifo():
    # A release while others wait wakes them in arrival order; a newcomer
    # that finds a free slot but waiters queued must not jump the queue.
    sem = asyncio.Semaphore(2)
    log = []
    async def worker(i, hold):
        async with sem:
            log.append(i)
            await asyncio.sleep(hold)
    tasks = [asyncio.create_task(worker(i, 0.01 * (i % 3 + 1))) for i in range(8)]
    await asyncio.gather(*tasks)
    print('semaphore order', log)
    sem = asyncio.Semaphore(0)
    order = []
    async def w(i):
        await sem.acquire()
        order.append(i)
    ts = [asyncio.create_task(w(i)) for i in range(4)]
    await asyncio.sleep(0)
    sem.release(); sem.release()
    ts.append(asyncio.create_task(w(9)))
    await asyncio.sleep(0)
    sem.release(); sem.release(); sem.release()
    await asyncio.sleep(0.01)
    print('release order', order, sem.locked())
    # a cancelled waiter does not take a slot
    sem = asyncio.Semaphore(0)
    a = asyncio.create_task(w(1)); b = asyncio.create_task(w(2))
    await asyncio.sleep(0)
    a.cancel()
    sem.release()
    await asyncio.sleep(0.01)
    print('after cancel', order[-1], a.cancelled(), b.done(), sem.locked())

async def cond_cancel():
    cond = asyncio.Condition()
    got = []
    async def waiter(i):
        async with cond:
            try:
                await cond.wait()
                got.append(i)
            except asyncio.CancelledError:
                got.append(('cancelled', i, cond.locked()))
                raise
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
        ts[0].cancel()
    await asyncio.sleep(0.01)
    print('cond', got, [t.cancelled() for t in ts])
    async with cond:
        cond.notify_all()
    await asyncio.sleep(0.01)
    print('cond', got, [t.done() for t in ts], cond.locked())

async def cond_late_cancel():
    # cancelled while taking the lock back after a notify: CancelledError once it has it

    cond = asyncio.Condition()
    log = []
    async def waiter():
        async with cond:
            try:
                r = await cond.wait()
                log.append(('woke', r))
            except asyncio.CancelledError:
                log.append(('cancelled', cond.locked()))
                raise
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
        # let the waiter wake and block on taking the lock back
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        t.cancel()
        await asyncio.sleep(0)
    await asyncio.sleep(0.01)
    print(log, t.cancelled(), cond.locked())

async def main():
    await sem_fifo()
    await cond_cancel()
    await cond_late_cancel()

asyncio.run(main())
