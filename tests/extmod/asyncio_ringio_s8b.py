# asyncio streams over micropython.RingIO (MicroPython only, hence the .exp
# file): an empty RingIO is "no data yet", not EOF, so a reader waits for the
# writer, and drain() waits while the ring is full.
import asyncio
import micropython

rb = micropython.RingIO(16)
stream = asyncio.StreamWriter(rb)
data = b"ABC123" * 20


async def writer():
    stream.write(data)
    await stream.drain()
    print("drained")


async def main():
    asyncio.create_task(writer())
    await asyncio.sleep_ms(10)
    got = await stream.readexactly(len(data))
    print(len(got), got == data)
    rb.write(b"line one\nline")
    print(await stream.readline())
    asyncio.create_task(late(b" two\n"))
    print(await stream.readline())


async def late(b):
    await asyncio.sleep_ms(5)
    rb.write(b)


asyncio.run(main())
