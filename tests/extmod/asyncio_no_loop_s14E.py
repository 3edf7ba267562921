# After asyncio.set_event_loop(None) a program has no current loop and
# nothing makes one implicitly: get_event_loop() and the constructors that
# need a loop (StreamReader, StreamReaderProtocol, Future)
# raise RuntimeError, as in CPython 3.11; setting a loop again, or
# asyncio.run(), works as before. (Without set_event_loop(None), our
# get_event_loop() makes a loop as MicroPython's does: see asyncio_upy_s3b.)
import asyncio


def attempt(what, fn):
    try:
        fn()
        print(what, 'ok')
    except RuntimeError as e:
        print(what, 'RuntimeError', 'no current event loop' in str(e))


asyncio.set_event_loop(None)
attempt('get_event_loop', asyncio.get_event_loop)
attempt('StreamReader', asyncio.StreamReader)
attempt('StreamReaderProtocol', lambda: asyncio.StreamReaderProtocol(None))
attempt('Future', asyncio.Future)

loop = asyncio.new_event_loop()
attempt('StreamReader(loop=)', lambda: asyncio.StreamReader(loop=loop))
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop, asyncio.StreamReader()._loop is loop)
asyncio.set_event_loop(None)
loop.close()


async def main():
    return asyncio.StreamReader()._loop is asyncio.get_running_loop()


print(asyncio.run(main()))
