import asyncio

async def main():
    t = asyncio.timeout(10)
    print(repr(t)[:18])
    async with t as cm:
        print(cm is t, repr(t)[:17], t.expired())
        try:
            async with t:
                pass
        except RuntimeError as e:
            print('re-enter:', e)
    print(repr(t), t.expired())
    try:
        t.reschedule(5)
    except RuntimeError as e:
        print(e)
    try:
        asyncio.timeout(1).reschedule(5)
    except RuntimeError as e:
        print(e)
    t2 = asyncio.timeout(None)
    async with t2:
        print(repr(t2))
    # a deadline already in the past fires before the next step, even sleep(0)
    loop = asyncio.get_running_loop()
    steps = 0
    try:
        async with asyncio.timeout_at(loop.time() - 1) as t3:
            await asyncio.sleep(0)
            steps += 1
    except TimeoutError:
        print('past deadline: timeout after', steps, 'steps', repr(t3), t3.expired())
    try:
        async with asyncio.timeout(0) as t4:
            await asyncio.sleep(0)
            steps += 1
    except TimeoutError:
        print('zero: timeout after', steps, 'steps', repr(t4))
    try:
        async with asyncio.timeout(0.01) as t5:
            print(repr(t5).startswith('<Timeout [active] when='))
            await asyncio.sleep(1)
    except TimeoutError:
        print('expired', repr(t5))
    async with asyncio.timeout(0.01) as t6:
        t6.reschedule(None)
        await asyncio.sleep(0.03)
    print('rescheduled to None', repr(t6))

asyncio.run(main())
try:
    asyncio.timeout_at(None).__aenter__().send(None)
except RuntimeError as e:
    print('outside a loop: RuntimeError')
