# gather: result order, exceptions (first one propagates, others keep
# running), return_exceptions, cancelling the gather, task exceptions
# re-raised on await, result()/exception()/done().
import asyncio


async def value(v, delay=0):
    await asyncio.sleep(delay)
    return v


async def fail(exc, delay=0):
    await asyncio.sleep(delay)
    raise exc


async def slow(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise


async def main():
    print(await asyncio.gather(value(1, 0.02), value(2, 0.01), value(3)))
    print(await asyncio.gather())
    try:
        await asyncio.gather(value(1), fail(ValueError('bad')), value(3, 0.01))
    except ValueError as e:
        print('ValueError', e)
    res = await asyncio.gather(value('ok'), fail(KeyError('k')),
                               fail(ZeroDivisionError('z')), return_exceptions=True)
    print([type(r).__name__ for r in res], res[0])

    # a cancelled child in return_exceptions mode
    t = asyncio.create_task(slow('child'))
    g = asyncio.gather(t, value('v', 0.01), return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel()
    res = await g
    print([type(r).__name__ for r in res])

    # cancelling the gather cancels the children
    g = asyncio.gather(slow('g1'), slow('g2'))
    await asyncio.sleep(0)
    print('cancel gather ->', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled')

    # the same awaitable twice runs once
    t = asyncio.create_task(value('twice'))
    print(await asyncio.gather(t, t))

    # exceptions in tasks
    t = asyncio.create_task(fail(RuntimeError('in task')))
    try:
        t.result()
    except asyncio.InvalidStateError:
        print('InvalidStateError before done')
    await asyncio.sleep(0.01)
    print('done', t.done(), 'exception', repr(t.exception()))
    try:
        await t
    except RuntimeError as e:
        print('await re-raised', e)
    try:
        t.result()
    except RuntimeError as e:
        print('result re-raised', e)

    # done callbacks run soon after completion, with the task
    t = asyncio.create_task(value(5))
    t.add_done_callback(lambda f: print('callback got', f.result()))
    await t
    await asyncio.sleep(0)

    # a Future completed by another task
    fut = asyncio.get_running_loop().create_future()

    async def setter():
        await asyncio.sleep(0.01)
        fut.set_result('from setter')
    asyncio.create_task(setter())
    print(await fut, fut.done())


asyncio.run(main())
