# asyncio.open_unix_connection / start_unix_server, loop.sock_recvfrom_into,
# and loop.sock_* retrying on a bare BlockingIOError (no errno), as CPython.
import asyncio, os, socket, tempfile

path = tempfile.mktemp(suffix='.s10B')


async def unix():
    async def handler(r, w):
        line = await r.readline()
        w.write(line.upper())
        await w.drain()
        w.close()
    srv = await asyncio.start_unix_server(handler, path)
    print(srv.sockets[0].family == socket.AF_UNIX, os.path.exists(path))
    for msg in (b'hello\n', b'again\n'):
        r, w = await asyncio.open_unix_connection(path)
        w.write(msg)
        print(await r.read(), r.at_eof())
        w.close()
        await w.wait_closed()
    # An already made socket, given as sock=.
    s = socket.socket(socket.AF_UNIX)
    s.connect(path)
    r, w = await asyncio.open_unix_connection(sock=s)
    w.write(b'sock\n')
    print(await r.readline())
    w.close()
    await w.wait_closed()
    srv.close()
    await srv.wait_closed()
    os.unlink(path)
    try:
        await asyncio.open_unix_connection(path)
    except OSError as e:
        print('OSError', type(e).__name__)


class Flaky:
    # recv/sendto raise a bare BlockingIOError the first time.
    def __init__(self, s):
        self.s = s
        self.n = 0

    def fileno(self):
        return self.s.fileno()

    def recv(self, n):
        self.n += 1
        if self.n == 1:
            raise BlockingIOError
        return self.s.recv(n)


async def loop_ops():
    loop = asyncio.get_running_loop()
    a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    a.bind(('127.0.0.1', 0))
    a.setblocking(False)
    b.setblocking(False)
    await loop.sock_sendto(b, b'datagram', a.getsockname())
    buf = bytearray(20)
    n, addr = await loop.sock_recvfrom_into(a, buf)
    print(n, bytes(buf[:n]), addr[1] == b.getsockname()[1])
    await loop.sock_sendto(b, b'abcdef', a.getsockname())
    n, addr = await loop.sock_recvfrom_into(a, buf, 3)
    print(n, bytes(buf[:n]))
    a.close()
    b.close()
    x, y = socket.socketpair()
    x.setblocking(False)
    y.setblocking(False)
    f = Flaky(x)
    loop.call_later(0.01, y.send, b'late')
    print(await loop.sock_recv(f, 10), f.n)
    x.close()
    y.close()


asyncio.run(unix())
asyncio.run(loop_ops())
