# MicroPython-only asyncio use (CPython lacks these names, hence the .exp
# file): start_server(cb, host, port, backlog) with backlog positional,
# awrite/awritestr/aclose on both ends, async with on a stream, sleep_ms,
# wait_for_ms on a stream read, ThreadSafeFlag set from another thread
# (it must wake a loop that is blocked in poll), Loop as the loop's class.
# We differ from MicroPython in one visible way: MicroPython hands the
# server callback one Stream object as both reader and writer; we give two
# objects (StreamReader, StreamWriter, both subclasses of Stream), as
# CPython does, so "reader is writer" is False here.
import asyncio
import _thread
import time

HOST = '127.0.0.1'


async def handle(reader, writer):
    print('server: same object', reader is writer, isinstance(reader, asyncio.Stream),
          isinstance(writer, asyncio.Stream))
    line = await reader.readline()
    await writer.awrite(b'..echo: ' + line, 2)
    await writer.awritestr('bye\n')
    await writer.aclose()


async def slow(reader, writer):
    await asyncio.sleep_ms(200)
    await writer.aclose()


async def main():
    server = await asyncio.start_server(handle, HOST, 0, 2)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection(HOST, port)
    async with writer:
        await writer.awritestr('hello\n')
        print('client got', await reader.readline(), await reader.readline())
        print('then eof', await reader.read(10))
    print('closing after async with', writer.is_closing())
    server.close()
    await server.wait_closed()

    server = await asyncio.start_server(slow, HOST, 0)
    reader, writer = await asyncio.open_connection(HOST, server.sockets[0].getsockname()[1])
    try:
        await asyncio.wait_for_ms(reader.read(10), 20)
    except asyncio.TimeoutError:
        print('wait_for_ms on a read timed out')
    await writer.aclose()
    server.close()
    await server.wait_closed()

    # ThreadSafeFlag.set() from a thread while the loop sits in poll with
    # no timers at all: the loop must wake well before the 2 s wait_for.
    flag = asyncio.ThreadSafeFlag()

    def setter():
        time.sleep(0.05)
        flag.set()

    _thread.start_new_thread(setter, ())
    t0 = time.time()
    await asyncio.wait_for(flag.wait(), 2)
    print('flag woken from a thread', time.time() - t0 < 1)

    loop = asyncio.get_event_loop()
    print('loop class', isinstance(loop, asyncio.Loop))


asyncio.run(main())
