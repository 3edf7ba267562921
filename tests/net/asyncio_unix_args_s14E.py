# create_unix_connection()/create_unix_server() (and open_unix_connection /
# start_unix_server) check their arguments as CPython 3.11 does: a path-like
# path, path and sock not both, a sock that is a UNIX stream socket, the ssl
# options only with ssl, and a clear "already in use" for a path that exists.
import asyncio
import os
import socket
import tempfile


class P:  # a path-like object (os.fspath)
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


d = tempfile.mkdtemp()
path = os.path.join(d, 'sock')


async def main():
    loop = asyncio.get_running_loop()

    async def check(what, coro):
        try:
            await coro
            print(what, 'no error')
        except (ValueError, TypeError, OSError) as e:
            print(what, type(e).__name__, e)

    await check('conn nopath', loop.create_unix_connection(asyncio.Protocol, None))
    await check('srv nopath', loop.create_unix_server(asyncio.Protocol, None))
    await check('conn both', loop.create_unix_connection(asyncio.Protocol, path, sock=object()))
    await check('srv both', loop.create_unix_server(asyncio.Protocol, path, sock=object()))
    await check('conn hostname', loop.create_unix_connection(asyncio.Protocol, path, server_hostname='x'))
    await check('conn ssl', loop.create_unix_connection(asyncio.Protocol, path, ssl=True))
    await check('conn timeout', loop.create_unix_connection(asyncio.Protocol, path, ssl_handshake_timeout=1))
    await check('srv timeout', loop.create_unix_server(asyncio.Protocol, path, ssl_handshake_timeout=1))
    await check('srv ssl bool', loop.create_unix_server(asyncio.Protocol, path, ssl=True))
    await check('open nopath', asyncio.open_unix_connection())
    # a sock of another family or type is refused
    for fam, kind in ((socket.AF_INET, socket.SOCK_STREAM), (socket.AF_INET, socket.SOCK_DGRAM),
                      (socket.AF_UNIX, socket.SOCK_DGRAM)):
        with socket.socket(fam, kind) as s:
            r = repr(s)
            for coro in (loop.create_unix_server(asyncio.Protocol, sock=s),
                         loop.create_unix_connection(asyncio.Protocol, sock=s)):
                try:
                    await coro
                    print('accepted')
                except ValueError as e:
                    print(str(e) == 'A UNIX Domain Stream Socket was expected, got ' + r)
    # a path-like path: nothing there yet, then a server, then a client
    try:
        await loop.create_unix_connection(asyncio.Protocol, P(path))
    except FileNotFoundError:
        print('path-like connect: FileNotFoundError')
    srv = await loop.create_unix_server(asyncio.Protocol, P(path))
    print('server on path-like', srv.sockets[0].getsockname() == path)
    r, w = await asyncio.open_unix_connection(P(path))
    w.close()
    await w.wait_closed()
    srv.close()
    await srv.wait_closed()
    # a path taken by a file that is not a socket
    with open(path + '.txt', 'w'):
        pass
    try:
        await loop.create_unix_server(asyncio.Protocol, path + '.txt')
    except OSError as e:
        print('file in the way:', e.errno == 98 or e.errno, 'is already in use' in str(e))


asyncio.run(main())
for n in os.listdir(d):
    os.remove(os.path.join(d, n))
os.rmdir(d)
