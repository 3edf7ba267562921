# asyncio transports: eof_received() returning True keeps the transport
# open for writing; abort() drops queued data and reports connection_lost
# once; BufferedProtocol's get_buffer/buffer_updated; pause_reading.
import asyncio


class Half(asyncio.Protocol):
    def connection_made(self, t):
        self.t = t
        self.n = 0

    def data_received(self, data):
        self.n += len(data)

    def eof_received(self):
        print('server eof, got', self.n, 'closing', self.t.is_closing())
        # answer after the peer's EOF, then close
        asyncio.get_running_loop().call_later(0.02, self.reply)
        return True

    def reply(self):
        print('reply: closing', self.t.is_closing())
        self.t.write(b'bye')
        self.t.close()
        self.t.close()
        print('after close', self.t.is_closing())

    def connection_lost(self, exc):
        print('server lost', exc)


class Buf(asyncio.BufferedProtocol):
    def __init__(self, done):
        self.buf = bytearray(2)
        self.got = b''
        self.done = done

    def connection_made(self, t):
        self.t = t
        t.write(b'x' * 1000)
        t.write_eof()
        try:
            t.write(b'more')
        except RuntimeError as e:
            print('RuntimeError', e)

    def get_buffer(self, hint):
        return self.buf

    def buffer_updated(self, n):
        self.got += self.buf[:n]

    def eof_received(self):
        print('client eof', self.got)

    def connection_lost(self, exc):
        print('client lost', exc)
        self.done.set_result(None)


class Sink(asyncio.Protocol):
    lost = 0

    def connection_made(self, t):
        self.t = t

    def connection_lost(self, exc):
        self.lost += 1
        print('lost', exc)


async def main():
    loop = asyncio.get_running_loop()
    srv = await loop.create_server(Half, '127.0.0.1', 0)
    port = srv.sockets[0].getsockname()[1]
    done = loop.create_future()
    t, p = await loop.create_connection(lambda: Buf(done), host='127.0.0.1', port=port)
    await asyncio.wait_for(done, 5)

    # abort: connection_lost(None) exactly once, buffer dropped
    srv.close()
    srv = await loop.create_server(asyncio.Protocol, '127.0.0.1', 0)
    port = srv.sockets[0].getsockname()[1]
    t, p = await loop.create_connection(Sink, '127.0.0.1', port)
    t.pause_reading()
    print('reading', t.is_reading())
    t.pause_reading()
    t.resume_reading()
    print('reading', t.is_reading())
    t.abort()
    t.abort()
    t.close()
    print('closing', t.is_closing(), 'reading', t.is_reading())
    await asyncio.sleep(0.05)
    print('lost count', p.lost)
    t.write(b'ignored')
    srv.close()
    await srv.wait_closed()


asyncio.run(main())
