# create_connection/create_server/create_datagram_endpoint check the socket
# they are given and that there is something to listen on; a datagram
# endpoint on a Unix path replaces a socket file left behind.
import asyncio
import os
import socket
import tempfile


def check(what, coro, loop):
    try:
        loop.run_until_complete(coro)
        print(what, 'no error')
    except ValueError as e:
        print(what, 'ValueError', str(e).split(', got')[0])


class Proto(asyncio.DatagramProtocol):
    def __init__(self):
        self.got = asyncio.get_event_loop().create_future()

    def datagram_received(self, data, addr):
        self.got.set_result(data)


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp, socket.socket() as tcp:
    check('create_connection(udp)', loop.create_connection(asyncio.Protocol, sock=udp), loop)
    check('create_server(udp)', loop.create_server(asyncio.Protocol, sock=udp), loop)
    check('create_datagram_endpoint(tcp)', loop.create_datagram_endpoint(asyncio.DatagramProtocol, sock=tcp), loop)
    check('create_server(host, sock)', loop.create_server(asyncio.Protocol, '127.0.0.1', 0, sock=tcp), loop)
    print(udp.fileno() >= 0, tcp.fileno() >= 0)  # still open
check('create_server()', loop.create_server(asyncio.Protocol), loop)
check('start_server()', asyncio.start_server(print), loop)

# the checks pass good sockets through
srv = loop.run_until_complete(loop.create_server(asyncio.Protocol, '127.0.0.1', 0))
port = srv.sockets[0].getsockname()[1]
s = socket.create_connection(('127.0.0.1', port))
tr, pr = loop.run_until_complete(loop.create_connection(asyncio.Protocol, sock=s))
print(type(pr).__name__, tr.get_extra_info('peername')[1] == port)
tr.close()
srv.close()
loop.run_until_complete(srv.wait_closed())

d = tempfile.mkdtemp()
path = os.path.join(d, 'dg.sock')
try:
    old = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    old.bind(path)
    old.close()  # the file stays
    print(os.path.exists(path))
    tr, pr = loop.run_until_complete(loop.create_datagram_endpoint(Proto, path, family=socket.AF_UNIX))
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as c:
        c.sendto(b'hello', path)
        print(loop.run_until_complete(asyncio.wait_for(pr.got, 5)))
    tr.close()
    loop.run_until_complete(asyncio.sleep(0))
finally:
    if os.path.exists(path):
        os.remove(path)
    os.rmdir(d)
loop.close()
