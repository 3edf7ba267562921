# loop.connect_read_pipe()/connect_write_pipe() with StreamReaderProtocol:
# the usual way to read a pipe (or stdin) with a StreamReader. Data written
# through the write transport arrives whole, closing it gives EOF, and a
# reader limit far below the data size (the reader pauses and resumes the
# transport) loses nothing.
import asyncio
import os


class Sink(asyncio.Protocol):
    def connection_lost(self, exc):
        print('write side lost', exc)


async def main():
    loop = asyncio.get_running_loop()
    rfd, wfd = os.pipe()
    reader = asyncio.StreamReader(limit=16)
    rt, rp = await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), open(rfd, 'rb', 0))
    print(rt.get_extra_info('pipe') is not None, isinstance(rp, asyncio.StreamReaderProtocol))
    wt, wp = await loop.connect_write_pipe(Sink, open(wfd, 'wb', 0))
    wt.write(b'line one\n')
    print(await asyncio.wait_for(reader.readline(), 5))
    wt.write(b'y' * 50000)
    wt.close()
    data = await asyncio.wait_for(reader.read(), 5)
    print(len(data), data == b'y' * 50000, reader.at_eof())
    await asyncio.sleep(0.02)
    print('read transport closing', rt.is_closing())

    # a write pipe whose reader went away: connection_lost(BrokenPipeError)
    rfd, wfd = os.pipe()
    wt, wp = await loop.connect_write_pipe(Sink, open(wfd, 'wb', 0))
    os.close(rfd)
    await asyncio.sleep(0.05)
    print('closing', wt.is_closing())


asyncio.run(main())
