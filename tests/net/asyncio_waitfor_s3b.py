# wait_for: result in time, TimeoutError with the inner task cancelled,
# a None timeout, zero timeouts, and an inner task that ignores the cancel.
import asyncio


async def slow(delay, value):
    try:
        await asyncio.sleep(delay)
        return value
    except asyncio.CancelledError:
        print('slow', value, 'cancelled')
        raise


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('stubborn ignores cancel')
    return 'late value'


async def main():
    print(await asyncio.wait_for(slow(0.01, 'fast'), 1))
    try:
        await asyncio.wait_for(slow(1, 'too slow'), 0.02)
    except asyncio.TimeoutError as e:
        print('TimeoutError', type(e) is TimeoutError)
    print(await asyncio.wait_for(slow(0, 'no limit'), None))

    t = asyncio.create_task(slow(1, 'task'))
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print('task cancelled:', t.cancelled())

    try:
        await asyncio.wait_for(slow(1, 'zero'), 0)
    except TimeoutError:
        print('zero timeout')

    done = asyncio.create_task(slow(0, 'already'))
    await asyncio.sleep(0.01)
    print(await asyncio.wait_for(done, 0))

    print(await asyncio.wait_for(stubborn(), 0.01))

    # the exception of the inner awaitable comes through
    async def bad():
        raise KeyError('k')
    try:
        await asyncio.wait_for(bad(), 1)
    except KeyError as e:
        print('KeyError', e)

    # cancelling the waiter cancels the inner task too
    inner = asyncio.create_task(slow(1, 'inner'))
    w = asyncio.create_task(asyncio.wait_for(inner, 1))
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('waiter cancelled; inner cancelled:', inner.cancelled())


asyncio.run(main())
