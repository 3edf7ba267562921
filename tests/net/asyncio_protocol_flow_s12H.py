# asyncio transports: write-buffer flow control. Against a peer that does not
# read, writes pile up; pause_writing() is called once the buffer passes the
# high-water mark, resume_writing() once the peer reads and it drains to the
# low one.
import asyncio

calls = []


class Writer(asyncio.Protocol):
    def connection_made(self, t):
        self.t = t

    def pause_writing(self):
        calls.append('pause')

    def resume_writing(self):
        calls.append('resume')

    def connection_lost(self, exc):
        calls.append(('lost', exc))


async def main():
    loop = asyncio.get_running_loop()
    peers = []

    class Lazy(asyncio.Protocol):
        def connection_made(self, t):
            t.pause_reading()
            peers.append(t)

    srv = await loop.create_server(Lazy, '127.0.0.1', 0)
    port = srv.sockets[0].getsockname()[1]
    t, p = await loop.create_connection(Writer, '127.0.0.1', port)
    print(t.get_write_buffer_limits())
    try:
        t.set_write_buffer_limits(high=1, low=2)
    except ValueError:
        print('ValueError')
    t.set_write_buffer_limits(high=4096)
    print(t.get_write_buffer_limits())
    try:
        t.write('text')
    except TypeError:
        print('TypeError')
    chunk = b'z' * 65536
    n = 0
    while not calls and n < 20000:
        t.write(chunk)
        n += 1
        await asyncio.sleep(0)
    print(calls, t.get_write_buffer_size() > 4096)
    while not peers:
        await asyncio.sleep(0.01)
    peers[0].resume_reading()
    for _ in range(500):
        if 'resume' in calls:
            break
        await asyncio.sleep(0.01)
    print(calls, t.get_write_buffer_size() <= 1024)
    t.close()
    print(t.is_closing())
    for _ in range(500):
        if len(calls) > 2:
            break
        await asyncio.sleep(0.01)
    print(calls, t.get_write_buffer_size())
    srv.close()


asyncio.run(main())
