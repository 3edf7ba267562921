# Cancellation: delivered at the await point, seen by finally/except,
# travelling down to an awaited task, before the first step, and on self.
import asyncio


async def sleeper(name, delay):
    try:
        print(name, 'sleeping')
        await asyncio.sleep(delay)
        print(name, 'woke')
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
    finally:
        print(name, 'finally')


async def catcher():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('catcher swallowed the cancel')
    return 'caught'


async def outer(inner):
    try:
        return await inner
    except asyncio.CancelledError:
        print('outer sees CancelledError')
        raise


async def main():
    t = asyncio.create_task(sleeper('t1', 1))
    await asyncio.sleep(0)
    print('cancel ->', t.cancel())
    print('done before settle:', t.done())
    try:
        await t
    except asyncio.CancelledError:
        print('await raised CancelledError')
    print('done', t.done(), 'cancelled', t.cancelled())
    print('cancel again ->', t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print('result() raised CancelledError')

    # cancelled before it ever ran: the body never starts
    t = asyncio.create_task(sleeper('never', 1))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('never-started task cancelled', t.cancelled())

    # a task that swallows the cancel finishes normally
    t = asyncio.create_task(catcher())
    await asyncio.sleep(0)
    t.cancel()
    print('swallowed:', await t, t.cancelled())

    # cancelling an outer task cancels the task it awaits
    inner = asyncio.create_task(sleeper('inner', 1))
    o = asyncio.create_task(outer(inner))
    await asyncio.sleep(0.01)
    o.cancel()
    res = await asyncio.gather(o, return_exceptions=True)
    print(type(res[0]).__name__, 'inner cancelled:', inner.cancelled())

    # cancel with a message
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel('stop now')
    try:
        await t
    except asyncio.CancelledError as e:
        print('message:', e.args)

    # a task cancelling itself gets the error at its next await
    async def selfish():
        asyncio.current_task().cancel()
        print('still running after self-cancel')
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print('self-cancel delivered')
            raise
    t = asyncio.create_task(selfish())
    try:
        await t
    except asyncio.CancelledError:
        print('selfish cancelled', t.cancelled())

    # CancelledError is a BaseException, not an Exception
    print(issubclass(asyncio.CancelledError, Exception),
          issubclass(asyncio.CancelledError, BaseException))


asyncio.run(main())
