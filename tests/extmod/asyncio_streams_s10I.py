# StreamReader/StreamWriter shapes CPython's test_streams checks: repr,
# pickling of the stream errors, write() after write_eof(), queued data
# before EOF, a line longer than the limit, start_unix_server over a stale
# socket file.
import asyncio
import os
import pickle
import socket


def reader_reprs():
    r = asyncio.StreamReader()
    print(repr(r))
    r = asyncio.StreamReader(limit=123)
    print(repr(r))
    r = asyncio.StreamReader()
    r.feed_data(b'data')
    print(repr(r))
    r.feed_eof()
    print(repr(r))
    r = asyncio.StreamReader()
    r.set_exception(RuntimeError())
    print(repr(r))
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print('ValueError', e)


def pickles():
    e = asyncio.IncompleteReadError(b'abc', 10)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        e2 = pickle.loads(pickle.dumps(e, protocol=proto))
        print(proto, type(e2).__name__, str(e2), e2.partial, e2.expected)
    e = asyncio.IncompleteReadError(b'', None)
    e2 = pickle.loads(pickle.dumps(e))
    print(str(e2), e2.expected)
    e = asyncio.LimitOverrunError('message', 10)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        e2 = pickle.loads(pickle.dumps(e, protocol=proto))
        print(proto, type(e2).__name__, str(e2), e2.consumed)


async def tcp():
    got = []
    sent = asyncio.Event()

    async def handle(r, w):
        data = await r.read()
        got.append(len(data))
        w.write(b'x' * 70000 + b'\nshort\n' + b'y' * 200000)
        await w.drain()
        w.close()
        await w.wait_closed()
        sent.set()

    srv = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = srv.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection('127.0.0.1', port)
    print(repr(w).startswith('<StreamWriter transport=<'))
    # Much queued (more than the socket takes at once), then EOF: all of it
    # must reach the peer before its read() sees the end.
    w.write(b'z' * 3000000)
    w.write_eof()
    try:
        w.write(b'more')
    except RuntimeError as e:
        print('RuntimeError', e)
    w.write_eof()  # again: nothing happens
    await w.drain()
    # the whole line has arrived (loopback: sent is received): found, but
    # longer than the limit
    await sent.wait()
    try:
        await r.readline()
    except ValueError as e:
        print('ValueError', e)
    print(await r.readline())
    # no newline in what follows: not found, the chunk exceeds the limit
    try:
        await r.readline()
    except ValueError as e:
        print('ValueError', e)
    w.close()
    await w.wait_closed()
    srv.close()
    await srv.wait_closed()
    print(got)


async def unix():
    path = '/tmp/asyncio_s10I_%d.sock' % os.getpid()
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(path)
    stale.close()  # the file stays behind

    async def handle(r, w):
        w.write(await r.readline())
        await w.drain()
        w.close()

    try:
        srv = await asyncio.start_unix_server(handle, path)
        r, w = await asyncio.open_unix_connection(path)
        w.write(b'ping\n')
        print(await r.readline())
        w.close()
        await w.wait_closed()
        srv.close()
        await srv.wait_closed()
    finally:
        os.remove(path)
    # a regular file in the way is left alone (bind fails)
    with open(path, 'w'):
        pass
    try:
        await asyncio.start_unix_server(handle, path)
    except OSError as e:
        print('OSError', type(e).__name__)
    finally:
        os.remove(path)


async def fed():
    # the same limits on a reader fed by hand
    r = asyncio.StreamReader(limit=10)
    r.feed_data(b'0123456789abc\nok\n' + b'z' * 30)
    for _ in range(3):
        try:
            print(await r.readline())
        except ValueError as e:
            print('ValueError', e)
    r.feed_data(b'tail')
    r.feed_eof()
    print(await r.readline(), await r.readline(), r.at_eof())


reader_reprs()
asyncio.run(fed())
pickles()
asyncio.run(tcp())
asyncio.run(unix())
