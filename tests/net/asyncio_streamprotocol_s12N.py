# StreamReaderProtocol: a real Protocol that feeds a StreamReader. Used with
# loop.create_connection() (client side) and loop.create_server() with a
# client_connected_cb (server side, which gets a reader and a StreamWriter).
import asyncio


async def handle(reader, writer):
    print('server writer:', type(writer).__name__, writer.get_extra_info('peername') is not None)
    line = await reader.readline()
    writer.write(b'echo:' + line)
    await writer.drain()
    rest = await reader.read()
    writer.write(b'rest:%d\n' % len(rest))
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    print('server closed', writer.is_closing())


async def main():
    loop = asyncio.get_running_loop()
    srv = await loop.create_server(
        lambda: asyncio.StreamReaderProtocol(asyncio.StreamReader(), handle),
        '127.0.0.1', 0)
    port = srv.sockets[0].getsockname()[1]

    reader = asyncio.StreamReader(limit=1024)
    print(reader._loop is loop)
    proto = asyncio.StreamReaderProtocol(reader)
    print(isinstance(proto, asyncio.Protocol), proto._loop is loop)
    t, p = await asyncio.wait_for(loop.create_connection(lambda: proto, '127.0.0.1', port), 5)
    print(p is proto, 'transport=' in repr(reader))
    t.write(b'hello\n')
    print(await asyncio.wait_for(reader.readline(), 5))
    # much more than twice the limit: the reader pauses the transport and
    # resumes it as it is read; all arrives
    t.write(b'x' * 100000)
    t.write_eof()
    print(await asyncio.wait_for(reader.readline(), 5))
    print(await asyncio.wait_for(reader.read(), 5), reader.at_eof())
    await asyncio.sleep(0.05)
    print('transport closing:', t.is_closing())
    srv.close()
    await srv.wait_closed()

    # a lost connection with an error: the reader raises it
    r2 = asyncio.StreamReader()
    p2 = asyncio.StreamReaderProtocol(r2)
    p2.connection_lost(ConnectionResetError('gone'))
    try:
        await r2.read(1)
    except ConnectionResetError as e:
        print('read:', e)
    print(p2._closed.done())


asyncio.run(main())
