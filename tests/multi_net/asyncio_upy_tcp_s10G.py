# The shapes of MicroPython's multi_net asyncio TCP tests over loopback:
# server/client echo, read() to EOF, readexactly() (and its EOF error),
# readinto() (MicroPython) or its CPython equivalent, readline(), a client
# that resets the connection (SO_LINGER 0), and writing after close().
import errno
import socket
import struct

try:
    import asyncio
except ImportError:
    print("SKIP")
    raise SystemExit


async def readinto(reader, buf):
    # MicroPython's StreamReader.readinto, else what it means in CPython.
    if hasattr(reader, "readinto"):
        return await reader.readinto(buf)
    data = await reader.read(len(buf))
    buf[: len(data)] = data
    return len(data)


async def handle(reader, writer):
    global step
    step += 1
    n = step  # this connection's number: step moves on while we wait
    if n == 1:  # echo, then close
        data = await reader.read(100)
        print("echo", data)
        writer.write(data)
        await writer.drain()
    elif n == 2:  # several writes, then EOF
        for chunk in (b"a" * 10, b"b" * 3000, b"c\n", b"line2\npartial"):
            writer.write(chunk)
            await writer.drain()
            await asyncio.sleep(0.01)
    elif n == 3:  # the client reads this with readinto
        writer.write(b"0123456789abcdef")
        await writer.drain()
    elif n == 4:  # the client resets
        print("first", await reader.read(10))
        await asyncio.sleep(0.3)
        try:
            print("after reset", await reader.read(100))
        except OSError as er:
            print("OSError", er.errno == errno.ECONNRESET)
        reset_seen.set()
    elif n == 5:  # the client closes and then writes
        await reset_seen.wait()
        writer.write(b"x")
        await writer.drain()
        print("server read", await reader.read(100))
    writer.close()
    try:
        await writer.wait_closed()
    except OSError as er:  # CPython and this one re-raise the reset here
        print("wait_closed", er.errno == errno.ECONNRESET)
    if n == 5:
        done.set()


async def server():
    global step, done, reset_seen
    step = 0
    done = asyncio.Event()
    reset_seen = asyncio.Event()
    srv = await asyncio.start_server(handle, multitest.get_network_ip(), 0)
    port = None
    for s in getattr(srv, "sockets", None) or ():
        port = s.getsockname()[1]
    if port is None:  # MicroPython's Server keeps its socket in .s
        port = srv.s.getsockname()[1]
    multitest.globals(IP=multitest.get_network_ip(), PORT=port)
    multitest.next()
    await done.wait()
    srv.close()
    await srv.wait_closed()
    print("server done")


async def client():
    r, w = await asyncio.open_connection(IP, PORT)
    w.write(b"hello")
    await w.drain()
    print("echoed", await r.read(100))
    print("eof", await r.read(100))
    w.close()
    await w.wait_closed()

    r, w = await asyncio.open_connection(IP, PORT)
    print("exactly", await r.readexactly(4))
    print("exactly", len(await r.readexactly(3000)))
    print("line", await r.readline())
    print("line", await r.readline())
    print("line", await r.readline())
    try:
        await r.readexactly(5)
    except EOFError:
        print("EOFError")
    print("read at eof", await r.read(10))
    w.close()
    await w.wait_closed()

    r, w = await asyncio.open_connection(IP, PORT)
    buf = bytearray(10)
    total = b""
    while True:
        n = await readinto(r, buf)
        if not n:
            break
        total += buf[:n]
    print("readinto", total)
    w.close()
    await w.wait_closed()

    s = socket.socket()
    s.connect(socket.getaddrinfo(IP, PORT)[0][-1])
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    s.send(b"hi there")
    await asyncio.sleep(0.1)
    s.close()

    r, w = await asyncio.open_connection(IP, PORT)
    print("client read", await r.read(1))
    w.close()
    await w.wait_closed()
    try:
        w.write(b"x")
        await w.drain()
        print("no error")
    except OSError:
        print("OSError")


def instance0():
    asyncio.run(server())


def instance1():
    multitest.next()
    asyncio.run(client())
