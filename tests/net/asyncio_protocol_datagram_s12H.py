# asyncio datagram endpoints: UDP echo between a bound endpoint and a
# connected one, sendto() address checks, error_received, close.
import asyncio


class EchoServer(asyncio.DatagramProtocol):
    def connection_made(self, t):
        self.t = t

    def datagram_received(self, data, addr):
        self.t.sendto(data[::-1], addr)


class Client(asyncio.DatagramProtocol):
    def __init__(self):
        self.q = asyncio.Queue()

    def datagram_received(self, data, addr):
        self.q.put_nowait((data, addr))

    def error_received(self, exc):
        print('error_received', type(exc).__name__)

    def connection_lost(self, exc):
        print('client lost', exc)


async def main():
    loop = asyncio.get_running_loop()
    st, sp = await loop.create_datagram_endpoint(EchoServer, local_addr=('127.0.0.1', 0))
    addr = st.get_extra_info('sockname')
    print(isinstance(st, asyncio.DatagramTransport), isinstance(st, asyncio.Transport))
    print(st.get_extra_info('peername'))
    ct, cp = await loop.create_datagram_endpoint(Client, remote_addr=addr)
    print(ct.get_extra_info('peername') == addr)
    for msg in b'abc', bytearray(b'hello'), memoryview(b'xyz'):
        ct.sendto(msg)
        data, frm = await asyncio.wait_for(cp.q.get(), 5)
        print(data, frm == addr)
    ct.sendto(b'')
    try:
        ct.sendto(b'x', ('127.0.0.1', 1))
    except ValueError:
        print('ValueError')
    try:
        ct.sendto('str')
    except TypeError:
        print('TypeError')
    print(ct.get_write_buffer_size())

    # an unconnected client gives the address each time
    ut, up = await loop.create_datagram_endpoint(Client, local_addr=('127.0.0.1', 0))
    ut.sendto(b'one', addr)
    data, frm = await asyncio.wait_for(up.q.get(), 5)
    print(data, frm == addr)
    ut.close()
    print(ut.is_closing())

    try:
        await loop.create_datagram_endpoint(Client)
    except ValueError:
        print('ValueError')

    # a connected socket to a port nobody listens on: ICMP refused
    st.close()
    await asyncio.sleep(0.02)
    ct.sendto(b'lost')
    await asyncio.sleep(0.1)
    ct.sendto(b'lost again')
    await asyncio.sleep(0.1)
    ct.abort()
    await asyncio.sleep(0.02)


asyncio.run(main())
