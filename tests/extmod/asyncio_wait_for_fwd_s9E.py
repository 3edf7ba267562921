# Cancelling a task blocked in wait_for(), with the inner coroutine catching or re-raising;
# a wait_for whose inner swallows the cancel; cancelling a gather. Compared with CPython.
import asyncio
async def awaiting(t, return_if_fail):
    try:
        print("awaiting started")
        await asyncio.sleep(t)
    except asyncio.CancelledError as er:
        print("awaiting canceled")
        if return_if_fail:
            return False
        else:
            raise er
    except Exception as er:
        print("caught exception", er)
        raise er
async def test_cancellation_forwarded(catch, catch_inside):
    print("----------")
    async def wait():
        try:
            await asyncio.wait_for(awaiting(2, catch_inside), 1)
        except asyncio.TimeoutError as er:
            print("Got timeout error")
            raise er
        except asyncio.CancelledError as er:
            print("Got canceled")
            if not catch:
                raise er
    async def cancel(t):
        print("cancel started")
        await asyncio.sleep(0.01)
        print("cancel wait()")
        t.cancel()
    t = asyncio.create_task(wait())
    k = asyncio.create_task(cancel(t))
    try:
        await t
    except asyncio.CancelledError:
        print("waiting got cancelled")
asyncio.run(test_cancellation_forwarded(False, False))
asyncio.run(test_cancellation_forwarded(False, True))
asyncio.run(test_cancellation_forwarded(True, True))
asyncio.run(test_cancellation_forwarded(True, False))
# wait_for with timeout while inner ignores cancel (returns)
async def m():
    try:
        print(await asyncio.wait_for(awaiting(0.1, True), 0.01))
    except asyncio.TimeoutError:
        print("TimeoutError")
asyncio.run(m())
# gather finishing early & cancellation of gather
async def g():
    async def f(i, d):
        try:
            await asyncio.sleep(d); print("f done", i); return i
        except asyncio.CancelledError:
            print("f cancelled", i); raise
    gt = asyncio.gather(f(1, 0.01), f(2, 0.1))
    async def c(): await asyncio.sleep(0.03); print("cancel gather", gt.cancel())
    asyncio.create_task(c())
    try: print(await gt)
    except asyncio.CancelledError: print("gather cancelled")
asyncio.run(g())
