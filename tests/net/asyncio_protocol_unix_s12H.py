# asyncio transports over AF_UNIX: loop.create_unix_server and
# loop.create_unix_connection; a stale socket file is replaced.
import asyncio
import os
import socket

if not hasattr(socket, 'AF_UNIX'):
    print('SKIP')
    raise SystemExit

path = '/tmp/asyncio_protocol_unix_%d.sock' % os.getpid()


class Upper(asyncio.Protocol):
    def connection_made(self, t):
        self.t = t

    def data_received(self, data):
        self.t.write(data.upper())
        self.t.close()


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.got = b''

    def data_received(self, data):
        self.got += data

    def connection_lost(self, exc):
        self.done.set_result(self.got)


async def main():
    loop = asyncio.get_running_loop()
    for i in range(2):
        srv = await loop.create_unix_server(Upper, path)
        print(srv.sockets[0].getsockname() == path)
        done = loop.create_future()
        t, p = await loop.create_unix_connection(lambda: Client(done), path)
        print(t.get_extra_info('peername') == path)
        t.write(b'unix %d' % i)
        print(await asyncio.wait_for(done, 5))
        srv.close()
        await srv.wait_closed()
    os.remove(path)
    try:
        await loop.create_unix_connection(asyncio.Protocol, path)
    except OSError as e:
        print(type(e).__name__)


asyncio.run(main())
