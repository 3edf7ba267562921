# Loopback echo server (start_server) with several concurrent clients
# (open_connection): read/write/drain, get_extra_info, closing both ends.
import asyncio

HOST = '127.0.0.1'
served = []


async def handle(reader, writer):
    peer = writer.get_extra_info('peername')
    served.append(peer[0])
    while True:
        data = await reader.read(100)
        if not data:
            break
        writer.write(data.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, name, parts):
    reader, writer = await asyncio.open_connection(HOST, port)
    got = []
    for p in parts:
        writer.write(p)
        await writer.drain()
        got.append(await reader.readexactly(len(p)))
        await asyncio.sleep(0.001)
    writer.close()
    await writer.wait_closed()
    return name, b''.join(got)


async def main():
    server = await asyncio.start_server(handle, HOST, 0)
    port = server.sockets[0].getsockname()[1]
    print('serving', server.is_serving())
    results = await asyncio.gather(*(client(port, 'c%d' % i, [b'hello ', b'client %d' % i])
                                     for i in range(4)))
    for r in results:
        print(r)

    # one large message goes through in pieces
    reader, writer = await asyncio.open_connection(HOST, port)
    big = bytes(range(97, 123)) * 2000
    writer.write(big)
    await writer.drain()
    back = await reader.readexactly(len(big))
    print('big echo ok', back == big.upper(), len(back))
    print('sockname is local', writer.get_extra_info('sockname')[0] == HOST)
    writer.close()
    await writer.wait_closed()

    server.close()
    await server.wait_closed()
    print('serving', server.is_serving(), 'clients served', len(served), set(served))

    # nothing listens any more
    try:
        await asyncio.open_connection(HOST, port)
    except OSError as e:
        print('refused', isinstance(e, ConnectionRefusedError))


asyncio.run(main())
