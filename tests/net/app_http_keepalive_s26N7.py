# A minimal HTTP/1.1 server and client of the kind a third-party test writes:
# one keep-alive connection, both ends on makefile('rwb'), request bodies by
# Content-Length and by chunked encoding, chunked replies, HEAD, a 404, then
# "Connection: close". The server runs in a thread on loopback.
import socket
import threading


def read_headers(f):
    line = f.readline()
    if not line:
        return None, None
    start = line.decode().rstrip("\r\n")
    headers = {}
    while True:
        h = f.readline()
        if h in (b"\r\n", b"\n", b""):
            break
        k, v = h.decode().split(":", 1)
        headers[k.strip().lower()] = v.strip()
    return start, headers


def read_chunked(f):
    body = b""
    while True:
        size_line = f.readline()
        size = int(size_line.split(b";")[0].strip(), 16)
        if size == 0:
            # trailers, up to the blank line
            while f.readline() not in (b"\r\n", b""):
                pass
            return body
        body += f.read(size)
        assert f.read(2) == b"\r\n"


def read_body(f, headers):
    if headers.get("transfer-encoding", "").lower() == "chunked":
        return read_chunked(f)
    return f.read(int(headers.get("content-length", "0")))


def write_chunked(f, parts):
    for p in parts:
        f.write(b"%x\r\n" % len(p) + p + b"\r\n")
    f.write(b"0\r\n\r\n")


def handle(conn):
    f = conn.makefile("rwb")
    served = 0
    while True:
        start, headers = read_headers(f)
        if start is None:
            break
        method, path, version = start.split(" ")
        body = read_body(f, headers)
        served += 1
        close = headers.get("connection", "").lower() == "close"
        if path == "/echo":
            # echo the body back in three chunks, upper-cased
            data = body.upper()
            third = max(1, len(data) // 3)
            parts = [data[:third], data[third:2 * third], data[2 * third:]]
            f.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n")
            f.write(b"X-Served: %d\r\n" % served)
            f.write(b"Connection: %s\r\n\r\n" % (b"close" if close else b"keep-alive"))
            if method != "HEAD":
                write_chunked(f, [p for p in parts if p])
        elif path == "/len":
            reply = b"%s %d" % (method.encode(), len(body))
            f.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(reply))
            if method != "HEAD":
                f.write(reply)
        else:
            msg = b"no such page: " + path.encode()
            f.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: %d\r\n\r\n" % len(msg))
            f.write(msg)
        f.flush()
        if close:
            break
    f.close()
    conn.close()
    return served


srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(1)
result = []


def server():
    conn, _ = srv.accept()
    result.append(handle(conn))


t = threading.Thread(target=server)
t.start()

c = socket.create_connection(srv.getsockname())
cf = c.makefile("rwb")


def request(method, path, body=None, chunks=None, close=False):
    cf.write(b"%s %s HTTP/1.1\r\nHost: test\r\n" % (method.encode(), path.encode()))
    if close:
        cf.write(b"Connection: close\r\n")
    if chunks is not None:
        cf.write(b"Transfer-Encoding: chunked\r\n\r\n")
        write_chunked(cf, chunks)
    elif body is not None:
        cf.write(b"Content-Length: %d\r\n\r\n" % len(body))
        cf.write(body)
    else:
        cf.write(b"\r\n")
    cf.flush()
    status, headers = read_headers(cf)
    if method == "HEAD":
        data = b""
    else:
        data = read_body(cf, headers)
    print(status, sorted(headers.items()), data)


request("POST", "/echo", body=b"hello keep-alive world")
request("POST", "/echo", chunks=[b"one,", b"two,", b"three"])
request("GET", "/len")
request("PUT", "/len", chunks=[bytes(range(256)) * 4, b"x" * 5000])
request("HEAD", "/echo", body=b"abc")
request("GET", "/missing")
request("POST", "/echo", body=b"bye", close=True)
# the server closed its end: EOF on the client's file
print("eof:", cf.read())
cf.close()
c.close()
t.join()
srv.close()
print("served", result)
