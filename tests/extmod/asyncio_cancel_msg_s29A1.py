# A second cancel() while the first is on its way in (the awaited sleep is
# already cancelled) only counts: the task sees the first message.
import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print('inner', e.args)
        return 'swallowed'


async def main():
    t = asyncio.create_task(inner())
    await asyncio.sleep(0)
    print(t.cancel('first'), t.cancel('second'), t.cancelling())
    print(await t, t.cancelled())
    # Not yet started: the last message wins, as in CPython.
    t = asyncio.create_task(inner())
    print(t.cancel('a'), t.cancel('b'))
    try:
        await t
    except asyncio.CancelledError as e:
        print('outer', e.args)


asyncio.run(main())


# The same through a future that wakes the task before the second cancel.
async def waits_event():
    try:
        await asyncio.Event().wait()
    finally:
        print('finally')


async def main2():
    t = asyncio.create_task(waits_event())
    await asyncio.sleep(0)
    print(t.cancel('why'), t.cancel('again'))
    try:
        await t
    except asyncio.CancelledError as e:
        print('outer', e.args)


asyncio.run(main2())
