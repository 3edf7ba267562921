# loop.sock_* coroutines (accept, connect, refused connect, sendall of a big
# buffer, recv, recv_into, datagrams) and loop.getaddrinfo, as CPython.
import asyncio, socket
async def main():
    loop = asyncio.get_running_loop()
    s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(1); s.setblocking(False)
    c = socket.socket(); c.setblocking(False)
    t = asyncio.create_task(loop.sock_accept(s))
    await loop.sock_connect(c, s.getsockname())
    a, addr = await t
    print(addr[0], a.gettimeout())
    await loop.sock_sendall(c, b'data' * 50000)
    got = b''
    while len(got) < 200000:
        got += await loop.sock_recv(a, 65536)
    print(len(got))
    buf = bytearray(3)
    await loop.sock_sendall(a, b'xyz')
    print(await loop.sock_recv_into(c, buf), buf)
    port = s.getsockname()[1]
    for x in (a, c, s): x.close()
    c = socket.socket(); c.setblocking(False)
    try:
        await loop.sock_connect(c, ('127.0.0.1', port))
    except OSError as e:
        print(type(e).__name__, e.errno)
    c.close()
    u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u1.bind(('127.0.0.1', 0)); u1.setblocking(False)
    u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u2.setblocking(False)
    t = asyncio.create_task(loop.sock_recvfrom(u1, 100))
    await asyncio.sleep(0)
    await loop.sock_sendto(u2, b'dgram', u1.getsockname())
    d, addr = await t
    print(d, addr[0])
    u1.close(); u2.close()
    print((await loop.getaddrinfo('127.0.0.1', 80, type=socket.SOCK_STREAM))[0][4])
asyncio.run(main())
