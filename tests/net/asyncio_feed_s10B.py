# asyncio.StreamReader() without a socket, filled by feed_data()/feed_eof()
# and failed by set_exception(), as CPython's streams tests use it; and the
# reader/writer pair after the writer is closed.
import asyncio


async def reads():
    r = asyncio.StreamReader()
    print(r.exception(), r.at_eof())
    r.feed_data(b'')
    r.feed_data(b'line1\nline2\nli')
    print(await r.readline(), await r.read(3), await r.readexactly(2))
    print(await r.readuntil(b'\n'))

    async def later():
        await asyncio.sleep(0.01)
        r.feed_data(b'ne3\nrest')
        await asyncio.sleep(0.01)
        r.feed_eof()
    t = asyncio.create_task(later())
    print(await r.readline(), r.at_eof())
    print(await r.read(), r.at_eof())
    print(await r.read(), await r.readline(), await r.read(5))
    await t

    r = asyncio.StreamReader()
    r.feed_data(b'abc')
    r.feed_eof()
    try:
        await r.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print('incomplete', e.partial, e.expected)
    r = asyncio.StreamReader()
    r.feed_data(b'abc')
    r.feed_eof()
    try:
        await r.readuntil(b'\n')
    except asyncio.IncompleteReadError as e:
        print('incomplete', e.partial, e.expected)

    # An exception wins over buffered data, and wakes a waiting reader.
    r = asyncio.StreamReader()
    r.feed_data(b'line\n')
    print(await r.read(2))
    r.set_exception(ValueError('boom'))
    for op in (r.read(2), r.readline(), r.readexactly(1), r.read()):
        try:
            await op
        except ValueError as e:
            print('raised', e)
    print(type(r.exception()).__name__)
    r = asyncio.StreamReader()
    t = asyncio.create_task(r.readline())
    await asyncio.sleep(0)
    r.set_exception(RuntimeError('late'))
    try:
        await t
    except RuntimeError as e:
        print('waiter raised', e)

    # A cancelled reader leaves the stream usable.
    r = asyncio.StreamReader()
    t = asyncio.create_task(r.read(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled')
    r.feed_data(b'after')
    print(await r.read(10))
    r.set_exception(OSError(5, 'x'))
    print(r.exception().args)

    # Limits apply to fed data too.
    r = asyncio.StreamReader(limit=4)
    r.feed_data(b'toolongline\nok\n')
    try:
        await r.readline()
    except ValueError as e:
        print('ValueError', e)
    print(await r.readline())

    async def lines():
        r = asyncio.StreamReader()
        r.feed_data(b'a\nb\nc')
        r.feed_eof()
        return [l async for l in r]
    print(await lines())


async def closed_writer():
    async def handler(r, w):
        w.write(await r.readline())
        w.close()
    srv = await asyncio.start_server(handler, '127.0.0.1', 0)
    port = srv.sockets[0].getsockname()[1]
    rd, wr = await asyncio.open_connection('127.0.0.1', port)
    wr.write(b'ping\n')
    print(await rd.read())
    wr.close()
    await wr.wait_closed()
    # Closing the writer is EOF for its reader, as in CPython.
    print(rd.at_eof(), await rd.read(), await rd.readline())
    try:
        wr.write(b'more')
        await wr.drain()
    except ConnectionResetError as e:
        print('ConnectionResetError', e)
    srv.close()
    await srv.wait_closed()


asyncio.run(reads())
asyncio.run(closed_writer())
