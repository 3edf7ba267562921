# asyncio.TaskGroup: results, first failure cancels siblings and parent,
# errors gathered into an ExceptionGroup, misuse raises RuntimeError.
import asyncio


async def work(n, delay, log, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append('cancelled %d' % n)
        raise
    if fail:
        raise ValueError(n)
    log.append('done %d' % n)
    return n * 10


async def all_ok():
    log = []
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(work(i, 0.001 * i, log), name='w%d' % i) for i in range(3)]
    print('ok', [t.result() for t in ts], log, ts[1].get_name())


async def one_fails():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(1, 0.001, log, fail=True))
            tg.create_task(work(2, 0.5, log))
            await asyncio.sleep(1)
            log.append('body not cancelled')
    except* ValueError as eg:
        print('caught', type(eg).__name__, eg.exceptions, sorted(log))
    print('parent cancelling', asyncio.current_task().cancelling())


async def two_fail():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(1, 0, log, fail=True))
            tg.create_task(work(2, 0, log, fail=True))
    except ExceptionGroup as eg:
        print('two', eg.message, sorted(e.args[0] for e in eg.exceptions))


async def body_raises():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(1, 0.5, log))
            raise KeyError('body')
    except ExceptionGroup as eg:
        print('body', [type(e).__name__ for e in eg.exceptions], log)


async def outer_cancel():
    log = []

    async def runner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(1, 1, log))
            await asyncio.sleep(1)

    t = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('outer cancelled', log, t.cancelled())


async def with_timeout():
    log = []
    try:
        async with asyncio.timeout(0.01):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(work(1, 1, log))
    except TimeoutError:
        print('timeout', log)


async def misuse():
    tg = asyncio.TaskGroup()
    c = asyncio.sleep(0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print('not entered', 'has not been entered' in str(e))
    await c
    async with tg:
        pass
    c = asyncio.sleep(0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print('finished', 'is finished' in str(e))
    await c
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print('reenter', 'already been entered' in str(e))


async def main():
    await all_ok()
    await one_fails()
    await two_fail()
    await body_raises()
    await outer_cancel()
    await with_timeout()
    await misuse()
    print(repr(asyncio.TaskGroup()))


asyncio.run(main())
