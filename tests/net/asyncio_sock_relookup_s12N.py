# loop.sock_sendto()/sock_recv()... look the socket method up on every try,
# as CPython does: a method replaced while the call waits is the one used
# (this used to spin on the old method forever).
import asyncio
import socket


class Wrapped:
    def __init__(self, sock):
        self.sock = sock
        self.fileno = sock.fileno
        self.tries = 0

    def sendto(self, data, addr):
        self.tries += 1
        raise BlockingIOError


async def main():
    loop = asyncio.get_running_loop()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as rx, \
         socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as tx:
        rx.bind(('127.0.0.1', 0))
        tx.bind(('127.0.0.1', 0))
        rx.setblocking(False)
        tx.setblocking(False)
        w = Wrapped(tx)
        loop.call_soon(setattr, w, 'sendto', tx.sendto)
        n = await loop.sock_sendto(w, b'ping', rx.getsockname())
        print(n, w.tries >= 1)
        data, addr = await asyncio.wait_for(loop.sock_recvfrom(rx, 100), 5)
        print(data, addr == tx.getsockname())


asyncio.run(main())
