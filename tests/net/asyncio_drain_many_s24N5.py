# Several tasks may wait in drain() on one stream at once (CPython 3.11
# wakes them all); a cancelled drainer leaves the others waiting.
import asyncio
import socket

BIG = b'x' * (4 << 20)


async def main():
    got = []
    ready = asyncio.Event()

    async def handle(r, w):
        await ready.wait()
        n = 0
        while True:
            b = await r.read(65536)
            if not b:
                break
            n += len(b)
        got.append(n)
        w.close()

    srv = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = srv.sockets[0].getsockname()[1]
    # Small kernel buffers: the 4 MiB cannot all go out before the peer reads.
    srv.sockets[0].setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
    r, w = await asyncio.open_connection('127.0.0.1', port)
    w.get_extra_info('socket').setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 65536)
    w.write(BIG)
    order = []

    async def drainer(i):
        await w.drain()
        order.append(i)

    tasks = [asyncio.create_task(drainer(i)) for i in range(3)]
    await asyncio.sleep(0.05)
    print('waiting', [t.done() for t in tasks])
    tasks[0].cancel()
    await asyncio.sleep(0.05)
    print('after cancel', [t.done() for t in tasks])
    ready.set()
    await asyncio.wait_for(asyncio.gather(*tasks[1:]), 10)
    print('drained', sorted(order), tasks[0].cancelled())
    # A second round: two drainers again, after the first round ended.
    w.write(BIG)
    await asyncio.wait_for(asyncio.gather(w.drain(), w.drain()), 10)
    print('second round ok')
    w.close()
    await w.wait_closed()
    await asyncio.sleep(0.1)
    print('server got', got == [2 * len(BIG)])
    srv.close()
    await srv.wait_closed()


asyncio.run(main())
