# An HTTP/1.1 client that keeps its connection open between requests
# (keep-alive) and reads bodies of all three kinds: Content-Length, chunked
# transfer coding, and "until the server closes". Reconnects when the server
# has closed a kept connection. Runs under ./micropython and python3.
#
#   http_client.py URL [URL ...]     e.g. http://127.0.0.1:8000/ (http only)
#
# Fetches each URL in turn (one connection while host and port stay the
# same) and prints status, body length and whether the connection was reused.
import socket
import sys


class HTTPError(Exception):
    pass


def split_url(url):
    scheme, _, rest = url.partition("://")
    if scheme != "http" or not rest:
        raise HTTPError("only http://host[:port]/path URLs: %r" % url)
    hostport, slash, path = rest.partition("/")
    host, colon, port = hostport.rpartition(":")
    if not colon or "]" in port:
        host, port = hostport, "80"
    return host.strip("[]"), int(port), "/" + path


class Connection:
    def __init__(self, host, port, timeout=10):
        self.host = host
        self.port = port
        self.timeout = timeout
        self.sock = None
        self.f = None
        self.requests = 0  # on the current connection

    def _open(self):
        ai = socket.getaddrinfo(self.host, self.port, 0, socket.SOCK_STREAM)[0]
        self.sock = socket.socket(ai[0], ai[1], ai[2])
        self.sock.settimeout(self.timeout)
        self.sock.connect(ai[4])
        self.f = self.sock.makefile("rwb", 0)
        self.requests = 0

    def close(self):
        if self.sock is not None:
            self.f.close()
            self.sock.close()
            self.sock = self.f = None

    def _exactly(self, n):
        parts = []
        while n > 0:
            data = self.f.read(n)
            if not data:
                raise HTTPError("body cut short")
            parts.append(data)
            n -= len(data)
        return b"".join(parts)

    def _chunked(self):
        parts = []
        while True:
            line = self.f.readline()
            if not line:
                raise HTTPError("chunked body cut short")
            size = int(line.split(b";", 1)[0].strip(), 16)
            if size == 0:
                break
            parts.append(self._exactly(size))
            if self.f.readline() not in (b"\r\n", b"\n"):
                raise HTTPError("chunk not followed by CRLF")
        while self.f.readline() not in (b"\r\n", b"\n", b""):
            pass  # trailer fields, ignored
        return b"".join(parts)

    def _to_eof(self):
        parts = []
        while True:
            data = self.f.read(4096)
            if not data:
                return b"".join(parts)
            parts.append(data)

    def _send(self, method, path, body, headers):
        lines = ["%s %s HTTP/1.1" % (method, path), "Host: %s:%d" % (self.host, self.port)]
        for k in headers:
            lines.append("%s: %s" % (k, headers[k]))
        if body is not None:
            lines.append("Content-Length: %d" % len(body))
        req = ("\r\n".join(lines) + "\r\n\r\n").encode()
        if body:
            req += body
        self.sock.sendall(req)

    def request(self, method, path, body=None, headers={}):
        # -> (status, reason, headers dict (lower-case names), body, reused)
        reused = self.sock is not None
        if not reused:
            self._open()
        try:
            self._send(method, path, body, headers)
            status_line = self.f.readline()
        except OSError:
            status_line = b""
        if not status_line and reused:
            # The server closed the kept connection first: once more anew.
            self.close()
            self._open()
            reused = False
            self._send(method, path, body, headers)
            status_line = self.f.readline()
        parts = status_line.split(None, 2)
        if len(parts) < 2 or not parts[0].startswith(b"HTTP/"):
            raise HTTPError("bad status line %r" % status_line)
        version, status = parts[0], int(parts[1])
        reason = parts[2].strip().decode() if len(parts) > 2 else ""
        hdrs = {}
        while True:
            line = self.f.readline()
            if line in (b"\r\n", b"\n", b""):
                break
            k, _, v = line.decode().partition(":")
            hdrs[k.strip().lower()] = v.strip()
        keep = version == b"HTTP/1.1" and hdrs.get("connection", "").lower() != "close"
        if method == "HEAD" or status in (204, 304) or 100 <= status < 200:
            data = b""
        elif "chunked" in hdrs.get("transfer-encoding", "").lower():
            data = self._chunked()
        elif "content-length" in hdrs:
            data = self._exactly(int(hdrs["content-length"]))
        else:
            data = self._to_eof()
            keep = False
        self.requests += 1
        if not keep:
            self.close()
        return status, reason, hdrs, data, reused


def main():
    if len(sys.argv) < 2:
        print("usage: http_client.py URL [URL ...]")
        sys.exit(2)
    conn = None
    for url in sys.argv[1:]:
        host, port, path = split_url(url)
        if conn is None or (conn.host, conn.port) != (host, port):
            if conn is not None:
                conn.close()
            conn = Connection(host, port)
        status, reason, hdrs, data, reused = conn.request("GET", path)
        print(status, reason, len(data), "reused" if reused else "new")
    if conn is not None:
        conn.close()


if __name__ == "__main__":
    main()
