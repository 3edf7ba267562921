# HTTP/1.1 with keep-alive and chunked transfer coding: several requests on
# one connection, bodies sized by Content-Length, chunked (with chunk
# extensions and a trailer) and "to EOF" on a second connection. The server
# stub sends some responses in small pieces with pauses between, so that the
# client's readline() meets lines that arrive cut in two (inside the size
# line, between CR and LF). The client reads with readline() and read(n):
# the socket itself in MicroPython, a makefile('rb') in CPython.


def reader(sock):
    return sock if hasattr(sock, "read") else sock.makefile("rb")


def read_exact(f, n):
    # readinto() a memoryview of the part still missing, until all is there.
    buf = bytearray(n)
    view = memoryview(buf)
    pos = 0
    while pos < n:
        k = f.readinto(view[pos:])
        if not k:
            raise OSError("closed after %d of %d bytes" % (pos, n))
        pos += k
    return bytes(buf)


def chunk_body(i):
    return bytes([65 + i % 26]) * (i * 97 % 3000 + 1)


def instance0():
    import socket
    import time

    srv = socket.create_server(("127.0.0.1", 0), backlog=2)
    multitest.globals(PORT=srv.getsockname()[1])
    multitest.next()

    def send_slowly(conn, data, cuts):
        # Write data in pieces cut at the offsets given, pausing between.
        last = 0
        for c in cuts + [len(data)]:
            conn.sendall(data[last:c])
            last = c
            time.sleep(0.02)

    for round in (1, 2):
        conn, _ = srv.accept()
        conn.settimeout(10)
        f = reader(conn)
        while True:
            req = f.readline()
            if not req:
                print("server: EOF")
                break
            headers = {}
            while True:
                h = f.readline()
                if h in (b"\r\n", b""):
                    break
                k, v = h.split(b":", 1)
                headers[k] = v.strip()
            method, path = req.split()[:2]
            print("server:", method, path, sorted(headers))
            if method == b"POST":
                body = read_exact(f, int(headers[b"Content-Length"]))
                resp = b"HTTP/1.1 201 Created\r\nContent-Length: %d\r\n\r\n%d" % (
                    len(str(sum(body))), sum(body))
                conn.sendall(resp)
            elif path == b"/len":
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\nhello world")
            elif path == b"/chunked":
                out = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                for i in range(40):
                    c = chunk_body(i)
                    out += b"%x;name=val\r\n%s\r\n" % (len(c), c)
                out += b"0\r\nX-Checksum: 42\r\n\r\n"
                # Cut inside the status line, at a CR/LF pair, inside a size line.
                send_slowly(conn, out, [5, 44, 46, 60, 1000, 1001])
            elif path == b"/empty":
                conn.sendall(b"HTTP/1.1 204 No Content\r\n\r\n")
            elif path == b"/eof":
                send_slowly(conn, b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + b"0123456789" * 5000,
                            [10, 20000])
                break
        conn.close()
    srv.close()


def instance1():
    import socket

    multitest.next()

    def open_conn():
        s = socket.socket()
        s.settimeout(10)
        s.connect(("127.0.0.1", PORT))
        return s, reader(s)

    def request(s, f, method, path, body=None):
        req = b"%s %s HTTP/1.1\r\nHost: test\r\n" % (method, path)
        if body is not None:
            req += b"Content-Length: %d\r\n" % len(body)
        s.sendall(req + b"\r\n" + (body or b""))
        status = f.readline().split(None, 2)
        hdrs = {}
        while True:
            line = f.readline()
            if line in (b"\r\n", b""):
                break
            k, v = line.split(b":", 1)
            hdrs[k.strip().lower()] = v.strip()
        code = int(status[1])
        trailer = []
        if code == 204:
            data = b""
        elif hdrs.get(b"transfer-encoding") == b"chunked":
            data = b""
            while True:
                size = int(f.readline().split(b";")[0], 16)
                if size == 0:
                    break
                data += read_exact(f, size)
                assert f.readline() == b"\r\n"
            while True:
                line = f.readline()
                if line in (b"\r\n", b""):
                    break
                trailer.append(line.strip())
        elif b"content-length" in hdrs:
            data = read_exact(f, int(hdrs[b"content-length"]))
        else:
            data = b""
            while True:
                part = f.read(4096)
                if not part:
                    break
                data += part
        return code, data, trailer

    s, f = open_conn()
    print(request(s, f, b"GET", b"/len"))
    code, data, trailer = request(s, f, b"GET", b"/chunked")
    print(code, len(data), data == b"".join(chunk_body(i) for i in range(40)), trailer)
    print(request(s, f, b"GET", b"/empty"))
    print(request(s, f, b"POST", b"/upload", bytes(range(250)) * 400))
    print(request(s, f, b"GET", b"/len"))
    s.close()
    s, f = open_conn()
    code, data, trailer = request(s, f, b"GET", b"/eof")
    print(code, len(data), data[-12:])
    s.close()
