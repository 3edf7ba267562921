# asyncio transports/protocols: TCP echo through loop.create_server and
# loop.create_connection, with the order of the protocol callbacks.
import asyncio

log = []


class Echo(asyncio.Protocol):
    def connection_made(self, t):
        self.t = t
        log.append(('server made', type(t.get_extra_info('peername')).__name__))

    def data_received(self, data):
        self.t.write(data.upper())

    def eof_received(self):
        log.append('server eof')
        # returning None: the transport closes itself

    def connection_lost(self, exc):
        log.append(('server lost', exc))


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.got = b''

    def connection_made(self, t):
        log.append('client made')
        t.write(b'hello ')
        t.writelines([b'wor', bytearray(b'ld')])

    def data_received(self, data):
        self.got += data
        if len(self.got) == 11:
            log.append(('client got', self.got))
            self.t_eof()

    def t_eof(self):
        self.transport.write_eof()

    def eof_received(self):
        log.append('client eof')

    def connection_lost(self, exc):
        log.append(('client lost', exc))
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    srv = await loop.create_server(Echo, '127.0.0.1', 0)
    print(type(srv).__name__, srv.is_serving())
    port = srv.sockets[0].getsockname()[1]
    done = loop.create_future()

    def make():
        c = Client(done)
        return c

    t, p = await loop.create_connection(make, '127.0.0.1', port)
    p.transport = t
    print(isinstance(t, asyncio.Transport), isinstance(p, asyncio.Protocol))
    print(t.get_extra_info('peername') == ('127.0.0.1', port))
    print(t.get_extra_info('sockname')[0], t.get_extra_info('nope', 42))
    print(t.get_extra_info('socket') is not None, t.is_closing(), t.is_reading(), t.can_write_eof())
    print(t.get_protocol() is p, t.get_write_buffer_size())
    await asyncio.wait_for(done, 5)
    await asyncio.sleep(0.05)
    print(t.is_closing())
    for x in log:
        print(x)
    srv.close()
    await srv.wait_closed()
    print(srv.is_serving())


asyncio.run(main())
