# open_connection(sock=) on a socketpair, start_server(sock=) on a bound
# socket, writelines, readexactly edge cases, the error classes.
import asyncio, socket
e = asyncio.IncompleteReadError(b'ab', 10)
print(str(e), repr(e), e.partial, e.expected)
e = asyncio.IncompleteReadError(b'ab', None)
print(str(e))
e = asyncio.LimitOverrunError('msg', 5)
print(str(e), e.consumed, e.args)
async def main():
    a, b = socket.socketpair()
    ra, wa = await asyncio.open_connection(sock=a)
    rb, wb = await asyncio.open_connection(sock=b)
    wa.write(b'ping\n')
    print(await rb.readline())
    wb.writelines([b'po', b'ng\n'])
    await wb.drain()
    print(await ra.readline())
    try:
        await ra.readexactly(-1)
    except ValueError as e:
        print(e)
    print(await ra.readexactly(0))
    wb.close()
    await wb.wait_closed()
    print(await ra.read(), ra.at_eof())
    wa.close()
    await wa.wait_closed()
    srv = socket.socket()
    srv.bind(('127.0.0.1', 0))
    async def h(r, w):
        w.write(b'hi from sock server\n')
        w.close()
    server = await asyncio.start_server(h, sock=srv)
    port = srv.getsockname()[1]
    print(server.sockets[0].getsockname() == srv.getsockname())
    r, w = await asyncio.open_connection('127.0.0.1', port)
    print(await r.readline())
    w.close()
    server.close()
    await server.wait_closed()
asyncio.run(main())
