# Two tasks wait in drain() and the peer resets the connection: both see
# ConnectionResetError (CPython 3.11 wakes every drain waiter with it).
import asyncio
import socket
import struct


async def main():
    peer = []
    accepted = asyncio.Event()

    async def handle(r, w):
        peer.append(w)
        accepted.set()

    srv = await asyncio.start_server(handle, '127.0.0.1', 0)
    srv.sockets[0].setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
    port = srv.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection('127.0.0.1', port)
    w.get_extra_info('socket').setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 65536)
    await accepted.wait()
    w.write(b'x' * (4 << 20))

    async def drainer():
        try:
            await w.drain()
            return 'ok'
        except ConnectionError as e:
            return type(e).__name__

    tasks = [asyncio.create_task(drainer()) for i in range(2)]
    await asyncio.sleep(0.05)
    # RST the connection from the server side.
    s = peer[0].get_extra_info('socket')
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
    peer[0].close()
    res = await asyncio.wait_for(asyncio.gather(*tasks), 10)
    print(res)
    w.close()
    srv.close()
    await srv.wait_closed()


asyncio.run(main())
