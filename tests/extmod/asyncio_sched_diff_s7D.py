# Scheduling corners found by tools/fuzz/gen_asyncio.py (compared with CPython):
# how many loop passes wait_for() takes, a task cancelled in its last step, a
# cancel that the awaited gather refuses, and shield() dropping an inner error
# once its outer future is cancelled.
import asyncio

out = []


async def ticker(n):
    for i in range(n):
        out.append(i)
        await asyncio.sleep(0)


async def val(v, k=0):
    for _ in range(k):
        await asyncio.sleep(0)
    return v


async def bad(k):
    for _ in range(k):
        await asyncio.sleep(0)
    raise ValueError(k)


async def wait_for_passes():
    for t in (10, 0):
        for k in (0, 1, 2):
            out.clear()
            tk = asyncio.create_task(ticker(8))
            await asyncio.sleep(0)
            try:
                r = await asyncio.wait_for(val('v', k), t)
            except BaseException as e:
                r = type(e).__name__
            print('wait_for', t, k, r, list(out))
            await tk


async def self_cancel():
    async def body():
        asyncio.current_task().cancel()
        return 5
    t = asyncio.create_task(body())
    try:
        print('self', await t)
    except asyncio.CancelledError:
        print('self cancelled', t.cancelled())


async def refused_cancel():
    seen = []

    async def waiter(g):
        try:
            seen.append(('got', await g))
        except asyncio.CancelledError:
            seen.append('waiter cancelled')
            raise

    async def other():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            seen.append('other cancelled')
            raise

    kid = asyncio.create_task(val(1))
    g = asyncio.gather(kid)
    w = asyncio.create_task(waiter(g))
    o = asyncio.create_task(other())
    await asyncio.sleep(0)
    # kid is done now, the gather's callback still pending: it refuses.
    print('gather cancel', g.cancel(), kid.done())
    w.cancel()
    o.cancel()
    r = await asyncio.gather(w, o, return_exceptions=True)
    print(seen, [type(x).__name__ for x in r])


async def shield_drop():
    msgs = []
    asyncio.get_running_loop().set_exception_handler(
        lambda loop, ctx: msgs.append(ctx['message']))

    async def outer():
        await asyncio.shield(bad(2))
    t = asyncio.create_task(outer())
    await asyncio.sleep(0)
    t.cancel()
    for _ in range(5):
        await asyncio.sleep(0)
    print('shield', t.cancelled(), msgs)


async def main():
    await wait_for_passes()
    await self_cancel()
    await refused_cancel()
    await shield_drop()

asyncio.run(main())
