# More shapes of MicroPython's multi_net asyncio tests: a client whose server
# resets the connection (its read raises ECONNRESET or gives b''), read()
# with no size to EOF, readexactly() failing with IncompleteReadError (partial
# and expected), and a server that is closed (close(); wait_closed()) while a
# client is still connected: that connection goes on, new ones are refused.
import errno
import socket
import struct

try:
    import asyncio
except ImportError:
    print("SKIP")
    raise SystemExit

BIG = bytes(range(256)) * 1000


async def handle(reader, writer):
    global step
    step += 1
    n = step
    if n == 1:  # reset the client's connection once it has sent a line
        print("server got", await reader.readline())
        s = writer.get_extra_info("socket")
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    elif n == 2:  # a large reply, then EOF
        writer.write(BIG)
        await writer.drain()
    elif n == 3:  # 5 bytes where 8 are expected
        writer.write(b"12345")
        await writer.drain()
    elif n == 4:  # an echo that outlives the server's close()
        first.set()
        while True:
            line = await reader.readline()
            if not line:
                break
            writer.write(line.upper())
            await writer.drain()
    writer.close()
    await writer.wait_closed()
    if n == 4:
        done.set()


async def server():
    global step, first, done
    step = 0
    first = asyncio.Event()
    done = asyncio.Event()
    srv = await asyncio.start_server(handle, multitest.get_network_ip(), 0)
    port = None
    for s in getattr(srv, "sockets", None) or ():
        port = s.getsockname()[1]
    if port is None:  # MicroPython's Server keeps its socket in .s
        port = srv.s.getsockname()[1]
    multitest.globals(IP=multitest.get_network_ip(), PORT=port)
    multitest.next()
    await first.wait()
    srv.close()
    await srv.wait_closed()
    print("server closed")
    multitest.broadcast("closed")
    await done.wait()
    print("server done")


async def client():
    r, w = await asyncio.open_connection(IP, PORT)
    w.write(b"reset me\n")
    await w.drain()
    try:
        data = await r.read(100)
        print("after reset", data)
    except OSError as er:
        print("after reset OSError", er.errno == errno.ECONNRESET)
    w.close()
    try:
        await w.wait_closed()
    except OSError as er:
        print("wait_closed", er.errno == errno.ECONNRESET)

    r, w = await asyncio.open_connection(IP, PORT)
    data = await r.read()
    print("read to EOF", len(data), data == BIG)
    print("read at EOF", await r.read())
    w.close()
    await w.wait_closed()

    r, w = await asyncio.open_connection(IP, PORT)
    try:
        await r.readexactly(8)
    except asyncio.IncompleteReadError as er:
        print("IncompleteReadError", er.partial, er.expected, isinstance(er, EOFError))
    w.close()
    await w.wait_closed()

    r, w = await asyncio.open_connection(IP, PORT)
    w.write(b"one\n")
    await w.drain()
    print("echo", await r.readline())
    multitest.wait("closed")
    w.write(b"two\n")
    await w.drain()
    print("echo after server close", await r.readline())
    try:
        r2, w2 = await asyncio.open_connection(IP, PORT)
        print("connected after close")
        w2.close()
    except OSError as er:
        print("refused", er.errno == errno.ECONNREFUSED)
    w.close()
    await w.wait_closed()


def instance0():
    asyncio.run(server())


def instance1():
    multitest.next()
    asyncio.run(client())
