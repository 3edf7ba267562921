# StreamReader.set_exception() as CPython: raised on entry to a read or into a
# read that waits, never in place of data that already arrived (found by the
# s10 fuzz strategy, tools/fuzz/gen_s10.py --diff).
import asyncio
async def main():
    r = asyncio.StreamReader()
    async def feeder():
        await asyncio.sleep(0.01)
        r.feed_data(b'line\nrest')
        r.set_exception(ValueError('boom'))
    t = asyncio.create_task(feeder())
    print(await r.readline())
    try:
        print(await r.readline())
    except ValueError as e:
        print('ValueError', e)
    r2 = asyncio.StreamReader()
    r2.feed_data(b'abc')
    r2.set_exception(KeyError('k'))
    for f in (lambda: r2.read(1), lambda: r2.readexactly(1), lambda: r2.readuntil(b'c'), lambda: r2.read(0)):
        try:
            print(await f())
        except KeyError as e:
            print('KeyError', e)
    r3 = asyncio.StreamReader()
    async def later():
        await asyncio.sleep(0.01)
        r3.set_exception(OSError(5, 'x'))
    asyncio.create_task(later())
    try:
        await r3.read(10)
    except OSError as e:
        print('OSError', e)
    await t
asyncio.run(main())
