# asyncio streams end to end (not part of socket_bench.py: one process is both
# server and clients): N_CONN connections each echo N_MSG lines through
# start_server/open_connection. Run it under ./micropython and python3:
#   ./micropython tools/bench/socket/asyncio_echo.py; python3 tools/bench/socket/asyncio_echo.py
import asyncio, time
N_CONN = 50
N_MSG = 400
async def handle(r, w):
    while True:
        line = await r.readline()
        if not line:
            break
        w.write(line)
        await w.drain()
    w.close()
async def client(port):
    r, w = await asyncio.open_connection('127.0.0.1', port)
    for i in range(N_MSG):
        w.write(b'hello %d\n' % i)
        await w.drain()
        assert await r.readline() == b'hello %d\n' % i
    w.close()
    await w.wait_closed()
async def main():
    srv = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = srv.sockets[0].getsockname()[1] if getattr(srv, 'sockets', None) else srv.s.getsockname()[1]
    t = time.time()
    await asyncio.gather(*[client(port) for _ in range(N_CONN)])
    dt = time.time() - t
    print('%.3f s, %.1f us/msg' % (dt, dt * 1e6 / (N_CONN * N_MSG)))
    srv.close()
    await srv.wait_closed()
asyncio.run(main())
