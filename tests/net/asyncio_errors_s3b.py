# Errors around streams and run(): a client writing to a peer that closed
# gets ConnectionResetError from drain(), a failing handler does not stop
# the server (its error goes to stderr), run() re-raises main's exception
# after cancelling the tasks still running.
import asyncio

HOST = '127.0.0.1'


async def hang_up(reader, writer):
    writer.close()


async def crash(reader, writer):
    line = await reader.readline()
    if line == b'crash\n':
        raise ValueError('handler failed')
    writer.write(b'ok ' + line)
    await writer.drain()
    writer.close()


async def main():
    srv = await asyncio.start_server(hang_up, HOST, 0)
    port = srv.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection(HOST, port)
    print('eof read', await r.read(10), r.at_eof())
    try:
        for i in range(20):
            w.write(b'x' * 10000)
            await w.drain()
            await asyncio.sleep(0.01)
        print('no error')
    except ConnectionResetError as e:
        print('ConnectionResetError', e)
    w.close()
    srv.close()
    await srv.wait_closed()

    srv = await asyncio.start_server(crash, HOST, 0)
    port = srv.sockets[0].getsockname()[1]
    for msg in (b'crash\n', b'fine\n'):
        r, w = await asyncio.open_connection(HOST, port)
        w.write(msg)
        await w.drain()
        print(msg, '->', await r.read())
        w.close()
        await w.wait_closed()
    srv.close()
    await srv.wait_closed()

    async def forever():
        try:
            await asyncio.sleep(10)
        finally:
            print('leftover task cleaned up')
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    raise KeyError('main failed')


try:
    asyncio.run(main())
except KeyError as e:
    print('run raised', e)
