# asyncio create_connection errors: a closed port raises
# ConnectionRefusedError; bad argument combinations raise ValueError;
# a failing protocol factory on the server side is reported, the server
# goes on serving.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    try:
        await loop.create_connection(asyncio.Protocol, '127.0.0.1', port)
    except ConnectionRefusedError as e:
        print('ConnectionRefusedError', e.errno == 111 or e.errno)
    try:
        await loop.create_connection(asyncio.Protocol)
    except ValueError:
        print('ValueError')
    s = socket.socket()
    try:
        await loop.create_connection(asyncio.Protocol, '127.0.0.1', port, sock=s)
    except ValueError:
        print('ValueError')
    s.close()

    seen = []
    loop.set_exception_handler(lambda loop, ctx: seen.append(type(ctx['exception']).__name__))
    n = [0]

    def factory():
        n[0] += 1
        if n[0] == 1:
            raise KeyError('first')
        return asyncio.Protocol()

    srv = await loop.create_server(factory, '127.0.0.1', 0, start_serving=False)
    print(srv.is_serving())
    await srv.start_serving()
    print(srv.is_serving())
    port = srv.sockets[0].getsockname()[1]
    lost = []

    class C(asyncio.Protocol):
        def connection_lost(self, exc):
            lost.append(exc)

    t1, _ = await loop.create_connection(C, '127.0.0.1', port)
    for _ in range(100):
        if lost:
            break
        await asyncio.sleep(0.01)
    print('lost', lost, seen)
    t2, _ = await loop.create_connection(C, '127.0.0.1', port)
    await asyncio.sleep(0.05)
    print('second open', t2.is_closing(), lost)
    t2.close()
    srv.close()
    await srv.wait_closed()


asyncio.run(main())
