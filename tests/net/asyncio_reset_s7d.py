# A peer that resets the connection while we write: the first drain() fails
# with ConnectionResetError, later drain(), read() and wait_closed() raise
# the same error again (it stays with the connection, as in CPython).
import asyncio, socket, struct
async def h(r, w):
    w.get_extra_info('socket').setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
    w.close()
async def main():
    server = await asyncio.start_server(h, '127.0.0.1', 0)
    r, w = await asyncio.open_connection('127.0.0.1', server.sockets[0].getsockname()[1])
    await asyncio.sleep(0.05)
    for i in range(3):
        try:
            w.write(b'x' * 100000)
            await w.drain()
            print('drain ok')
        except Exception as e:
            # the first report may say 'Connection lost' or give the errno
            print('drain', type(e).__name__, e if i else '')
    try:
        print(await r.read())
    except Exception as e:
        print('read', type(e).__name__, e)
    w.close()
    try:
        await w.wait_closed()
    except Exception as e:
        print('wait_closed', type(e).__name__, e)
    server.close()
asyncio.run(main())
