# StreamReader limit=: readline/readuntil beyond the limit, what is left
# in the buffer afterwards, and limit checks (server and client side).
import asyncio

HOST = '127.0.0.1'


async def handle(reader, writer):
    writer.write(b'0123456789abcdef\nshort\n')
    writer.write(b'xxxxx;yyyyyyyyyyyyyyyyyyyy;zz\n')
    await writer.drain()
    # the client's long line: ValueError on our side (limit=8)
    try:
        await reader.readline()
    except ValueError as e:
        print('server readline:', e)
    print('server next:', await reader.readline())
    writer.close()
    await writer.wait_closed()


async def main():
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print('limit=0:', e)
    server = await asyncio.start_server(handle, HOST, 0, limit=8)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection(HOST, port, limit=10)
    writer.write(b'a line longer than eight\nok\n')
    await writer.drain()
    await asyncio.sleep(0.05)
    try:
        await reader.readline()
    except ValueError as e:
        print('readline:', e)
    print('after:', await reader.readline())
    try:
        await reader.readuntil(b';;')
    except asyncio.LimitOverrunError as e:
        print('readuntil not found:', e, e.consumed, isinstance(e, Exception))
    print('found:', await reader.readuntil(b';'))
    try:
        await reader.readuntil(b';')
    except asyncio.LimitOverrunError as e:
        print('readuntil found too far:', e, e.consumed)
    print('still there:', await reader.readexactly(21))
    print('read(n) ignores the limit:', await reader.read(100))
    print('eof:', await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
