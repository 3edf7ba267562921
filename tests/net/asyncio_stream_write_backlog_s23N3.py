# Many small StreamWriter.write() calls while the peer is not reading: what
# cannot be sent queues in the writer, and appending to it must not copy all
# that is queued (100,000 writes of 100 bytes took over 10 s). drain() then
# sends it all, in order.
import asyncio
import socket
import time


async def main():
    srv = socket.create_server(("127.0.0.1", 0))
    r, w = await asyncio.open_connection(*srv.getsockname())
    c, _ = srv.accept()
    t0 = time.time()
    n = 100000
    for i in range(n):
        w.write(b"%09d" % i + b"x" * 90 + b"\n")
    print("queued fast", time.time() - t0 < 3)

    def reader():
        c.settimeout(10)
        data = bytearray()
        while len(data) < n * 100:
            d = c.recv(1 << 20)
            if not d:
                break
            data += d
        return bytes(data)

    loop = asyncio.get_running_loop()
    got = loop.run_in_executor(None, reader)
    await w.drain()
    data = await got
    lines = data.split(b"\n")
    print(len(data), lines[0], lines[-2][:9], lines[12345][:9])
    print(all(lines[i][:9] == b"%09d" % i for i in range(0, n, 997)))
    w.close()
    await w.wait_closed()
    c.close()
    srv.close()


asyncio.run(main())
