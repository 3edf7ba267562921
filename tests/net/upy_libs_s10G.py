# Code in the shape of MicroPython libraries, over loopback: a microdot-style
# asyncio HTTP server (readline / wait_for / readexactly / awrite+aclose in
# MicroPython, write+drain+close in CPython) served to an asyncio client and a
# blocking client thread; start_server on a port in use; readline() of a 60 KB
# line; read(-1); connection refused through open_connection; and an
# mpremote-style raw REPL run over a socketpair by a "device" thread.
import asyncio
import errno
import io
import socket
import sys

try:
    import _thread
except ImportError:
    _thread = None
    import threading


def start_thread(fn, args):
    if _thread:
        _thread.start_new_thread(fn, args)
    else:
        threading.Thread(target=fn, args=args).start()


async def serve(reader, writer):
    req = await reader.readline()
    method, path, ver = req.decode().split()
    hdrs = {}
    while True:
        l = await asyncio.wait_for(reader.readline(), 2)
        if l == b"\r\n" or not l: break
        k, v = l.decode().split(":", 1)
        hdrs[k.strip().lower()] = v.strip()
    body = b""
    if "content-length" in hdrs:
        body = await reader.readexactly(int(hdrs["content-length"]))
    resp = b"%s %s %d" % (method.encode(), path.encode(), len(body))
    out = b"HTTP/1.0 200 OK\r\nContent-Length: %d\r\n\r\n" % len(resp) + resp
    if hasattr(writer, "awrite"):
        await writer.awrite(out[:10])
        writer.write(out[10:])
        await writer.drain()
        await writer.aclose()
    else:
        writer.write(out); await writer.drain(); writer.close(); await writer.wait_closed()
    print("served", method, path, hdrs.get("host") is not None)
def blocking_client(port, res):
    s = socket.socket(); s.connect(("127.0.0.1", port))
    s.sendall(b"POST /b HTTP/1.0\r\nHost: x\r\nContent-Length: 5\r\n\r\nabcde")
    d = b""
    while True:
        x = s.recv(100)
        if not x: break
        d += x
    s.close()
    res.append(d)


async def h(r, w):
    print("peer", w.get_extra_info("peername")[0])
    w.write(b"x" * 60000 + b"\nend")
    await w.drain()
    w.close()
    await w.wait_closed()


def port_of(srv):
    socks = getattr(srv, "sockets", None)
    return (socks[0] if socks else srv.s).getsockname()[1]


async def main():
    srv = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = port_of(srv)
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(b"GET /a HTTP/1.0\r\nHost: h\r\n\r\n")
    await w.drain()
    print(await r.read())
    w.close()
    await w.wait_closed()
    res = []
    start_thread(blocking_client, (port, res))
    while not res:
        await asyncio.sleep(0.01)
    print(res)
    srv.close()
    await srv.wait_closed()
    print("closed")

    srv = await asyncio.start_server(h, "127.0.0.1", 0)
    port = port_of(srv)
    try:
        await asyncio.start_server(h, "127.0.0.1", port)
    except OSError as er:
        print("second server", er.errno == errno.EADDRINUSE)
    r, w = await asyncio.open_connection("127.0.0.1", port)
    print(len(await r.readline()))
    print(await r.read(-1))
    print(await r.read(-1))
    w.close()
    await w.wait_closed()
    srv.close()
    await srv.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except OSError as er:
        print("refused", er.errno == errno.ECONNREFUSED, type(er).__name__)
    try:
        await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 1)
    except OSError as er:
        print("refused in wait_for", er.errno == errno.ECONNREFUSED)


asyncio.run(main())


def device(sock):
    buf = b""
    while True:
        c = sock.read(1) if hasattr(sock, "read") else sock.recv(1)
        if not c:
            break
        if c == b"\x04":
            out = io.StringIO()
            err = ""
            old = sys.stdout
            sys.stdout = out
            try:
                exec(buf.decode(), {})
            except Exception as e:
                err = "%s: %s\n" % (type(e).__name__, e)
            finally:
                sys.stdout = old
            resp = b"OK" + out.getvalue().encode() + b"\x04" + err.encode() + b"\x04>"
            if hasattr(sock, "write"):
                sock.write(resp)
            else:
                sock.sendall(resp)
            buf = b""
        else:
            buf += c
    sock.close()
a, b = socket.socketpair()
start_thread(device, (a,))
def run(code):
    b.sendall(code + b"\x04")
    data = b""
    while not data.endswith(b"\x04>"):
        data += b.recv(100)
    return data
print(run(b"print(1+1)"))
print(run(b"for i in range(3):\n print(i)"))
print(run(b"1/0"))
print(run(b"print('x'*300)")[:20])
b.shutdown(socket.SHUT_WR)
print(b.recv(10))
b.close()
