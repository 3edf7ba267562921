# HTTP/1.1 keep-alive: several requests on one connection, each response
# read exactly by Content-Length or chunked framing with readline()/read().
# Runs under ./micropython and python3 alike.
#
#   http_keepalive.py HOST PORT PATH [PATH ...]
# Prints, per response, the status code, the framing and the body's length
# and a checksum, then "PASS keepalive N" if all came back on one socket.
import socket
import sys


def read_headers(f):
    status = f.readline()
    if not status:
        raise OSError("connection closed before the status line")
    headers = {}
    while True:
        line = f.readline()
        if line in (b"\r\n", b"\n", b""):
            break
        k, _, v = line.decode().partition(":")
        headers[k.strip().lower()] = v.strip()
    return int(status.split()[1]), headers


def read_body(f, headers):
    if headers.get("transfer-encoding", "").lower() == "chunked":
        parts = []
        while True:
            size = int(f.readline().split(b";")[0].strip(), 16)
            if size == 0:
                while f.readline() not in (b"\r\n", b"\n", b""):
                    pass
                return "chunked", b"".join(parts)
            data = f.read(size)
            if len(data) != size:
                raise OSError("short chunk: %d of %d" % (len(data), size))
            parts.append(data)
            if f.readline() != b"\r\n":
                raise OSError("chunk not followed by CRLF")
    n = int(headers["content-length"])
    data = f.read(n)
    if len(data) != n:
        raise OSError("short body: %d of %d" % (len(data), n))
    return "length", data


def checksum(data):
    s = 0
    for i in range(0, len(data), 4096):
        s = (s * 31 + sum(data[i : i + 4096])) & 0xFFFFFFFF
    return s


def main():
    host, port, paths = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    ai = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)[0]
    s = socket.socket(ai[0], ai[1], ai[2])
    s.settimeout(15)
    s.connect(ai[-1])
    f = s.makefile("rwb")
    # All requests first (pipelined), then every response in order.
    reqs = []
    for i, p in enumerate(paths):
        last = i == len(paths) - 1
        reqs.append(
            "GET %s HTTP/1.1\r\nHost: %s:%d\r\nConnection: %s\r\n\r\n"
            % (p, host, port, "close" if last else "keep-alive")
        )
    f.write(reqs[0].encode())
    f.flush()
    n = 0
    for i, p in enumerate(paths):
        code, headers = read_headers(f)
        framing, body = read_body(f, headers)
        print("%s %d %s %d %08x" % (p, code, framing, len(body), checksum(body)))
        n += 1
        if i + 1 < len(paths):
            f.write(reqs[i + 1].encode())
            f.flush()
    rest = f.read()
    print("PASS keepalive %d" % n if rest == b"" else "FAIL keepalive: trailing %r" % rest[:50])
    f.close()
    s.close()


main()
