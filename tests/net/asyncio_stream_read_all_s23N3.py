# StreamReader.read() to EOF over a socket: the pieces are joined once at
# the end (each piece used to copy all received so far: 50 MB took ~5 s),
# after bytes already buffered by an earlier readline(); and read(n) and
# readexactly() still return exact pieces out of a buffered stream.
import asyncio

SIZE = 8 << 20


async def handle(r, w):
    w.write(b"header line\n")
    block = bytes(range(256)) * 16
    for i in range(SIZE // len(block)):
        w.write(block)
        if i % 64 == 0:
            await w.drain()
    await w.drain()
    w.close()
    await w.wait_closed()


async def main():
    srv = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    print(await r.readline())
    data = await r.read()
    print(len(data), data == bytes(range(256)) * (SIZE // 256), r.at_eof())
    print(await r.read(), await r.read(5))
    w.close()
    r, w = await asyncio.open_connection("127.0.0.1", port)
    print(await r.readline(), await r.read(3), await r.readexactly(300) == bytes(range(3, 256)) + bytes(range(47)))
    print(len(await r.read()) == SIZE - 303)
    w.close()
    srv.close()
    await srv.wait_closed()


asyncio.run(main())
