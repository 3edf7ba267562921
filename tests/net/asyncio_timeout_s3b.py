# asyncio.timeout / timeout_at (3.11): the block is cancelled at the
# deadline and TimeoutError comes out; an outer cancel stays a cancel;
# reschedule, expired(), and nesting.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.02) as cm:
            print('inside, expired:', cm.expired())
            await asyncio.sleep(1)
            print('not reached')
    except TimeoutError:
        print('TimeoutError, expired:', cm.expired())

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.005)
    print('fast body, expired:', cm.expired())

    async with asyncio.timeout(None) as cm:
        print('no deadline', cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 0.01)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('body sees CancelledError')
            raise
    print('unreachable')


async def outer():
    try:
        await main()
    except TimeoutError:
        print('rescheduled deadline hit')
    # nested: the inner deadline fires first, the outer one never does
    try:
        async with asyncio.timeout(0.5):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner timeout')
            await asyncio.sleep(0.01)
            print('outer block carries on')
    except TimeoutError:
        print('wrong: outer timeout')
    # a cancel from outside is not turned into TimeoutError
    async def victim():
        try:
            async with asyncio.timeout(1):
                await asyncio.sleep(1)
        except TimeoutError:
            print('wrong: TimeoutError')
    t = asyncio.create_task(victim())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('victim cancelled', t.cancelled())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout_at fired')


asyncio.run(outer())
