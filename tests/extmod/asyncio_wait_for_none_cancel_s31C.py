# wait_for(coro, None) runs the coroutine in the calling task at once (as
# CPython), so a cancel right after the first step reaches the coroutine's own
# handlers; it used to wrap it in a task that never started.
import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("inner cancelled", e.args)
        raise
    finally:
        print("inner finally")


async def outer():
    try:
        return await asyncio.wait_for(inner(), None)
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def value():
    await asyncio.sleep(0)
    return 42


async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0)
    t.cancel("oc")
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled")
    print(await asyncio.wait_for(value(), None))
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, 7)
    print(await asyncio.wait_for(fut, None))
    try:
        await asyncio.wait_for(5, None)
    except TypeError:
        print("TypeError")


asyncio.run(main())
