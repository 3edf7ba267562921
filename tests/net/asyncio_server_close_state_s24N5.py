# The state a server and a client stream report around close(), as CPython
# 3.11: is_serving() is False as soon as close() returns, peername is still
# known after the stream is closed, close() and wait_closed() may repeat,
# write+drain after close() raise ConnectionResetError, and a closed server
# refuses new connections.
import asyncio


async def main():
    async def handle(r, w):
        d = await r.read(5)
        w.write(d)
        await w.drain()
        await asyncio.sleep(0.05)
        w.close()
        await w.wait_closed()
    srv = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = srv.sockets[0].getsockname()[1]
    print(srv.is_serving())
    r, w = await asyncio.open_connection('127.0.0.1', port)
    w.write(b'hello')
    await w.drain()
    print(await r.readexactly(5))
    print(await r.read(10), r.at_eof())
    try:
        print(await r.readuntil(b'x'))
    except asyncio.IncompleteReadError as e:
        print('IRE', e.partial, e.expected)
    w.close()
    w.close()
    print(w.is_closing())
    await w.wait_closed()
    await w.wait_closed()
    print(w.get_extra_info('peername') is not None)
    try:
        await r.read(10)
        print('read ok')
    except Exception as e:
        print(type(e).__name__)
    try:
        w.write(b'x')
        print('write ok')
        await w.drain()
        print('drain ok')
    except Exception as e:
        print(type(e).__name__, e)
    srv.close()
    print(srv.is_serving())
    await srv.wait_closed()
    async with srv:
        pass
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except OSError as e:
        print(type(e).__name__)
    # start_server with serving later
    srv2 = await asyncio.start_server(handle, '127.0.0.1', 0, start_serving=False)
    print(srv2.is_serving())
    await srv2.start_serving()
    print(srv2.is_serving())
    srv2.close()
    await srv2.wait_closed()
asyncio.run(main())
