# Server objects and stream ends: serve_forever cancelled, async with,
# is_serving, many concurrent clients, writelines, half-close with
# write_eof, a peer that resets in the middle of readexactly,
# get_extra_info and is_closing.
import asyncio
import socket
import struct

HOST = '127.0.0.1'


async def upper(reader, writer):
    # read until the client half-closes, then answer and close
    data = await reader.read()
    writer.writelines([b'got ', str(len(data)).encode(), b': ', data.upper()])
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def half_close(port):
    reader, writer = await asyncio.open_connection(HOST, port)
    print('can_write_eof', writer.can_write_eof())
    writer.write(b'half ')
    writer.write(b'closed')
    writer.write_eof()
    print('reply', await reader.read())
    print('at_eof', reader.at_eof())
    print('is_closing before close', writer.is_closing())
    writer.close()
    print('is_closing after close', writer.is_closing())
    await writer.wait_closed()


async def many(port, n):
    async def one(i):
        reader, writer = await asyncio.open_connection(HOST, port)
        writer.write(b'client %d' % i)
        await writer.drain()
        writer.write_eof()
        got = await reader.read()
        writer.close()
        await writer.wait_closed()
        return got
    got = await asyncio.gather(*(one(i) for i in range(n)))
    print('many', n, all(g == b'got %d: CLIENT %d' % (len(b'client %d' % i), i)
                         for i, g in enumerate(got)))


async def resetter(reader, writer):
    # send 3 of the 10 bytes promised, then reset (SO_LINGER 0)
    writer.write(b'abc')
    await writer.drain()
    await asyncio.sleep(0.05)
    sock = writer.get_extra_info('socket')
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
    writer.close()


async def reset(port):
    reader, writer = await asyncio.open_connection(HOST, port)
    try:
        print(await reader.readexactly(10))
    except ConnectionResetError as e:
        print('ConnectionResetError')
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError', e.partial, e.expected)
    writer.close()
    try:
        await writer.wait_closed()
    except ConnectionResetError:
        print('wait_closed: ConnectionResetError')


async def main():
    server = await asyncio.start_server(upper, HOST, 0)
    print('is_serving', server.is_serving(), len(server.sockets))
    port = server.sockets[0].getsockname()[1]
    forever = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    await half_close(port)
    await many(port, 40)
    reader, writer = await asyncio.open_connection(HOST, port)
    sock = writer.get_extra_info('socket')
    print('socket', sock.getsockname() == writer.get_extra_info('sockname'),
          sock.getpeername() == writer.get_extra_info('peername') == (HOST, port))
    print('missing', writer.get_extra_info('nothing'), writer.get_extra_info('nothing', 7))
    writer.write_eof()
    print('empty request', await reader.read())
    writer.close()
    await writer.wait_closed()
    forever.cancel()
    try:
        await forever
    except asyncio.CancelledError:
        print('serve_forever cancelled')
    print('is_serving', server.is_serving())
    await server.wait_closed()

    async with await asyncio.start_server(resetter, HOST, 0) as server:
        print('in async with', server.is_serving())
        await reset(server.sockets[0].getsockname()[1])
    print('after async with', server.is_serving())

    # close() from elsewhere ends serve_forever with CancelledError too
    server = await asyncio.start_server(upper, HOST, 0)
    forever = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    server.close()
    try:
        await forever
    except asyncio.CancelledError:
        print('closed: serve_forever cancelled', forever.cancelled())
    await server.wait_closed()


asyncio.run(main())
