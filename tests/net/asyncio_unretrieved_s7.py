# A task that fails with nobody awaiting it is reported to the loop's
# exception handler once nothing refers to it any more (CPython: when the
# last reference goes; we collect right after the task's step), and not at
# all when the program awaits it or asks for its exception in time.
import asyncio


def handler(loop, context):
    print('handler:', context['message'], repr(context['exception']),
          type(context['future']).__name__)


async def fail(n):
    raise ValueError(n)


async def slow_fail():
    await asyncio.sleep(0.01)
    raise KeyError('late')


async def main():
    asyncio.get_event_loop().set_exception_handler(handler)

    asyncio.create_task(fail(1))       # dropped at once
    print('created')
    await asyncio.sleep(0)
    print('after one turn')

    kept = asyncio.create_task(fail(2))  # held and awaited later: no report
    await asyncio.sleep(0.02)
    try:
        await kept
    except ValueError as e:
        print('awaited', e)

    kept = asyncio.create_task(fail(3))  # held, exception() asked: no report
    await asyncio.sleep(0)
    print('exception()', repr(kept.exception()))

    asyncio.create_task(slow_fail())    # fails while main sleeps
    await asyncio.sleep(0.05)
    print('slept')

    t = asyncio.create_task(asyncio.sleep(1))  # cancelled: never reported
    await asyncio.sleep(0)
    t.cancel()
    del t
    await asyncio.sleep(0.01)
    print('done')


asyncio.run(main())
