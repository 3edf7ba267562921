# MicroPython's asyncio has no datagram API; code written for it awaits a
# UDP socket through asyncio.core._io_queue (as its own Stream does):
#     def recv(s):
#         yield asyncio.core._io_queue.queue_read(s)
#         return s.recvfrom(n)
# The task parks until the socket is ready, then reads it itself; waiting
# can time out or be cancelled. CPython has no asyncio.core: the .exp file
# holds what MicroPython prints.
import asyncio
import socket


def recv(s):
    yield asyncio.core._io_queue.queue_read(s)
    return s.recvfrom(100)


def send(s, data, addr):
    yield asyncio.core._io_queue.queue_write(s)
    return s.sendto(data, addr)


async def main():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", 0))
    s.setblocking(False)
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    c.setblocking(False)
    addr = s.getsockname()

    async def later():
        await asyncio.sleep_ms(30)
        print("sent", await send(c, b"one", addr))

    asyncio.create_task(later())
    data, frm = await asyncio.wait_for_ms(recv(s), 2000)
    print(data, frm[1] == c.getsockname()[1])
    try:
        await asyncio.wait_for_ms(recv(s), 50)
    except asyncio.TimeoutError:
        print("timeout")
    t = asyncio.create_task(recv(s))
    await asyncio.sleep_ms(20)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
    # After the timeout and the cancel, the socket can be awaited again.
    c.sendto(b"two", addr)
    print((await recv(s))[0])
    s.close()
    c.close()


asyncio.run(main())

# Code written for older MicroPython imports uasyncio and reaches core there.
import uasyncio

print(uasyncio.core._io_queue is asyncio.core._io_queue)
