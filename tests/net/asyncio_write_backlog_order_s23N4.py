# StreamWriter with a large backlog: what was sent is cut off the outbox only
# once it is half of it (cutting each sent piece moved all the rest: 100 MB
# to a reader in another process took 0.31 s, CPython 0.22 s). Checked here:
# the bytes arrive in order and once each, with writes made while a drain
# task waits, and a bytearray changed after write() (what was written is what
# is sent, as in CPython).
import asyncio

pattern = bytes(range(251)) * 40


def piece(i, n):
    return bytes([i % 256]) * 3 + (pattern * (n // len(pattern) + 1))[: n - 3]


async def main():
    sizes = [6 << 20, 10, 300000, 4096, 3 << 20, 7, 65536, 1]
    expect = b"".join(piece(i, n if n > 3 else 4) for i, n in enumerate(sizes))
    result = {}

    async def handle(r, w):
        w.write(piece(0, sizes[0]))
        d1 = asyncio.create_task(w.drain())
        for i, n in enumerate(sizes[1:], 1):
            ba = bytearray(piece(i, n if n > 3 else 4))
            w.write(ba)
            ba[:] = b"X" * len(ba)
            if i % 3 == 0:
                await asyncio.sleep(0)
        await d1
        await w.drain()
        w.close()
        await w.wait_closed()

    srv = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    parts = []
    n = 0
    await asyncio.sleep(0.1)  # the kernel's buffers fill: the rest waits in the outbox
    while True:
        d = await r.read(50000)
        if not d:
            break
        parts.append(d)
        n += 1
        if n % 20 == 0:
            await asyncio.sleep(0.001)  # a slow reader: the writer's backlog grows
    got = b"".join(parts)
    print(len(got) == len(expect), got == expect)
    w.close()
    srv.close()
    await srv.wait_closed()


asyncio.run(main())
