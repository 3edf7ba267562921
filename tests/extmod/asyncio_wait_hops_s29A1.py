# asyncio.wait() and as_completed() resume their caller on the same sleep(0)
# turn as CPython (done callback, then waiter): wait() reports what finished
# meanwhile, and as_completed() yields before slower tasks end.
import asyncio


async def w(name, k, fail=False):
    for i in range(k):
        await asyncio.sleep(0)
    print(name, 'ends')
    if fail:
        raise ValueError(name)
    return name


async def main():
    for rw in (asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED):
        ts = [asyncio.create_task(w('a', 1, True)), asyncio.create_task(w('b', 2, True)),
              asyncio.create_task(w('c', 3)), asyncio.create_task(w('d', 6))]
        d, p = await asyncio.wait(ts, return_when=rw)
        print(rw, [t in d for t in ts])
        await asyncio.gather(*ts, return_exceptions=True)
    # Already done: still a suspension, as in CPython.
    t = asyncio.create_task(w('e', 0))
    await t
    u = asyncio.create_task(w('f', 1))
    d, p = await asyncio.wait([t, u], return_when=asyncio.FIRST_COMPLETED)
    print([x in d for x in (t, u)])
    ts = [asyncio.create_task(w('g', 3)), asyncio.create_task(w('h', 0))]
    for f in asyncio.as_completed(ts):
        print('got', await f)
    ts = [asyncio.create_task(w('i', 0)), asyncio.create_task(asyncio.sleep(1))]
    try:
        for f in asyncio.as_completed(ts, timeout=0.05):
            print('got', await f)
    except asyncio.TimeoutError:
        print('timeout')
    ts[1].cancel()


asyncio.run(main())


# Every awaitable left at the deadline raises TimeoutError.
async def main2():
    ts = [asyncio.create_task(asyncio.sleep(1)) for _ in range(3)]
    ts.append(asyncio.create_task(w('j', 0)))
    for f in asyncio.as_completed(ts, timeout=0.05):
        try:
            print('got', await f)
        except asyncio.TimeoutError:
            print('timeout')
    for t in ts:
        t.cancel()


asyncio.run(main2())
