# Reading many short lines out of a large StreamReader inbox (data fed at
# once, as a subprocess pipe or a protocol does) is linear: each read used to
# copy all the unread bytes, so 100,000 lines took seconds (minutes for more).
# The mixed reads check that what is unread stays exact through it.
import asyncio
import time


async def main():
    n = 100000
    r = asyncio.StreamReader(limit=1 << 20)
    r.feed_data(b"".join(b"line %d\n" % i for i in range(n)))
    r.feed_data(b"head:0123456789|rest")
    r.feed_eof()
    t0 = time.time()
    count = 0
    last = None
    for i in range(n):
        line = await r.readline()
        if line:
            count += 1
            last = line
    print(count, last, time.time() - t0 < 3)
    print(await r.readexactly(5), await r.read(3), await r.readuntil(b"|"))
    print(bytes(r._buffer), r.at_eof())
    print(await r.read(), r.at_eof())

    # A line over the limit in a large inbox is dropped whole, and what
    # follows it is read as before.
    r = asyncio.StreamReader(limit=10)
    r.feed_data(b"a\n" + b"x" * 50 + b"\nb\n" + b"c\n" * 1000)
    r.feed_eof()
    print(await r.readline())
    try:
        await r.readline()
    except ValueError:
        print("ValueError")
    print(await r.readline(), len(await r.read()))

    # A fed bytearray can be reused by the feeder at once.
    r = asyncio.StreamReader()
    buf = bytearray(b"abc\n")
    r.feed_data(buf)
    buf[0:3] = b"XYZ"
    r.feed_data(memoryview(buf))
    r.feed_eof()
    print(await r.readline(), await r.readline())


asyncio.run(main())
