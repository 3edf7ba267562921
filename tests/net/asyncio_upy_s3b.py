# MicroPython-only asyncio names (CPython has none of them, hence the .exp
# file): uasyncio alias, sleep_ms, wait_for_ms, ThreadSafeFlag, tasks created
# before the loop runs, get_event_loop().run_forever()/stop(), the module
# level run_until_complete, Stream(sock) with awrite/aclose.
import uasyncio as asyncio
import socket

log = []


async def early(name):
    log.append(name)
    await asyncio.sleep_ms(1)
    log.append(name + ' done')


async def set_later(flag):
    await asyncio.sleep_ms(5)
    flag.set()


async def main():
    print('early task ran first:', log)
    try:
        await asyncio.wait_for_ms(asyncio.sleep_ms(100), 10)
    except asyncio.TimeoutError:
        print('wait_for_ms timed out')
    print(await asyncio.wait_for_ms(asyncio.sleep_ms(1, 'in time'), 100))

    flag = asyncio.ThreadSafeFlag()
    asyncio.create_task(set_later(flag))
    await flag.wait()
    print('flag waited')
    flag.set()
    await flag.wait()
    print('flag already set, consumed')

    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    sa = asyncio.Stream(a)
    sb = asyncio.StreamReader(b)
    await sa.awrite(b'xxhello\n', 2)
    await sa.awritestr('text\n')
    print(await sb.readline(), await sb.readline())
    await sa.aclose()
    print('eof', await sb.read(10))
    await sb.aclose()


asyncio.create_task(early('made before run'))
asyncio.run(main())
print(log)

# the classic MicroPython main loop
loop = asyncio.get_event_loop()


async def stopper():
    await asyncio.sleep_ms(2)
    print('stopping the loop')
    loop.stop()

loop.create_task(stopper())
loop.run_forever()
print('run_forever returned')
print(asyncio.run_until_complete(asyncio.sleep_ms(1, 'module-level run_until_complete')))
