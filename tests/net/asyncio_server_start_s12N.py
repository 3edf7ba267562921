# start_server(start_serving=False) does not accept until start_serving() or
# serve_forever(); Server.sockets is a tuple, () once closed; serve_forever()
# on a closed server raises RuntimeError.
import asyncio


async def handle(reader, writer):
    writer.write(await reader.readline())
    await writer.drain()
    writer.close()


async def main():
    srv = await asyncio.start_server(handle, '127.0.0.1', 0, start_serving=False)
    print('serving', srv.is_serving(), type(srv.sockets).__name__, len(srv.sockets))
    port = srv.sockets[0].getsockname()[1]
    await srv.start_serving()
    print('serving', srv.is_serving())
    r, w = await asyncio.wait_for(asyncio.open_connection('127.0.0.1', port), 5)
    w.write(b'hi\n')
    print(await asyncio.wait_for(r.readline(), 5))
    w.close()
    srv.close()
    await srv.wait_closed()
    print('closed', srv.is_serving(), srv.sockets)
    try:
        await srv.serve_forever()
    except RuntimeError as e:
        print('RuntimeError', 'is closed' in str(e))


asyncio.run(main())
