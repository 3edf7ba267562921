# asyncio.streams.FlowControlMixin: _drain_helper() waits while writing is
# paused, every waiter is let go by resume_writing(), and a lost connection
# fails them (or later drains) with the error.
import asyncio

drained = 0


async def drainer(fc):
    global drained
    await fc._drain_helper()
    drained += 1


async def main():
    loop = asyncio.get_running_loop()
    fc = asyncio.streams.FlowControlMixin(loop)
    await fc._drain_helper()  # not paused: at once
    fc.pause_writing()
    loop.call_later(0.05, fc.resume_writing)
    await asyncio.wait_for(asyncio.gather(*[drainer(fc) for _ in range(5)]), 5)
    print('drained', drained)

    fc.pause_writing()
    task = asyncio.create_task(drainer(fc))
    await asyncio.sleep(0)
    fc.connection_lost(OSError('boom'))
    try:
        await task
    except OSError as e:
        print('waiter:', e)
    try:
        await fc._drain_helper()
    except ConnectionResetError as e:
        print('after lost:', e)

    # StreamReader fed by hand keeps its loop
    r = asyncio.StreamReader(loop=loop)
    print(r._loop is loop)
    loop.call_soon(r.feed_data, b'ab')
    loop.call_soon(r.feed_eof)
    print(await r.read())


asyncio.run(main())
print('StreamReaderProtocol' in asyncio.__all__, asyncio.streams.StreamReaderProtocol is asyncio.StreamReaderProtocol)
