import asyncio

def show(b):
    r = repr(b)
    print(r[:r.index(' object at')] + r[r.index(' ['):])

async def main():
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError', e)
    b = asyncio.Barrier(3)
    show(b)
    print(b.parties, b.n_waiting, b.broken)
    log = []
    async def member(i):
        idx = await b.wait()
        log.append((i, idx))
        return idx
    ts = [asyncio.create_task(member(i)) for i in range(2)]
    await asyncio.sleep(0)
    show(b)
    print(b.n_waiting)
    ts.append(asyncio.create_task(member(2)))
    await asyncio.sleep(0)
    show(b)
    res = await asyncio.gather(*ts)
    print(sorted(res), sorted(log), b.n_waiting)
    show(b)
    # reusable: two rounds with async with
    log.clear()
    async def twice(i):
        async with b as pos:
            log.append(pos)
        async with b as pos:
            log.append(pos)
    await asyncio.gather(*(twice(i) for i in range(3)))
    print(sorted(log))
    # reset breaks the waiters
    async def breaker():
        try:
            await b.wait()
        except asyncio.BrokenBarrierError as e:
            return 'broken: %s' % e
    ts = [asyncio.create_task(breaker()) for i in range(2)]
    await asyncio.sleep(0)
    await b.reset()
    show(b)
    print(await asyncio.gather(*ts))
    show(b)
    print(b.n_waiting, b.broken)
    # abort
    ts = [asyncio.create_task(breaker()) for i in range(2)]
    await asyncio.sleep(0)
    await b.abort()
    print(await asyncio.gather(*ts))
    show(b)
    print(b.broken, await breaker())
    await b.reset()
    show(b)
    # a cancelled waiter leaves the count
    b = asyncio.Barrier(2)
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    print(b.n_waiting)
    t.cancel()
    await asyncio.sleep(0)
    print(b.n_waiting, t.cancelled())
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))
    # one party: never blocks
    b1 = asyncio.Barrier(1)
    print(await b1.wait(), await b1.wait())
    # timeout around a barrier that never fills
    try:
        async with asyncio.timeout(0.01):
            await b.wait()
    except TimeoutError:
        print('timeout', b.n_waiting)

asyncio.run(main())
