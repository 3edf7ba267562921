"""A small HTTP-ish server module, written the way real code is."""
import socket
import select
from collections import namedtuple

__all__ = ["Server", "Request", "parse_headers"]

DEFAULT_PORT = 8080
_CRLF = b"\r\n"
Request = namedtuple("Request", "method path headers body")


class HTTPError(Exception):
    def __init__(self, code, reason=""):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason

    def __str__(self):
        return f"{self.code} {self.reason}".strip()


def parse_headers(lines):
    headers = {}
    for line in lines:
        if not line:
            break
        key, sep, value = line.partition(b":")
        if not sep:
            raise HTTPError(400, "bad header %r" % (line,))
        headers[key.strip().lower().decode()] = value.strip().decode("latin-1")
    return headers


class Server:
    """Serves requests on one socket with select()."""

    max_clients: int = 64

    def __init__(self, host="127.0.0.1", port=DEFAULT_PORT, *, backlog=5, handler=None):
        self.addr = (host, port)
        self.backlog = backlog
        self.handler = handler or self.default_handler
        self.clients = {}
        self._running = False

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()
        return False

    def start(self):
        self.sock = s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(self.addr)
        s.listen(self.backlog)
        self._running = True

    def stop(self):
        for c in list(self.clients):
            try:
                c.close()
            except OSError:
                pass
            finally:
                del self.clients[c]
        self.sock.close()
        self._running = False

    @staticmethod
    def default_handler(req):
        body = f"<h1>{req.method} {req.path}</h1>".encode()
        return 200, {"Content-Length": str(len(body))}, body

    def poll_once(self, timeout=1.0):
        readable, _, errored = select.select([self.sock, *self.clients], [], [], timeout)
        for r in readable:
            if r is self.sock:
                conn, peer = r.accept()
                if len(self.clients) >= self.max_clients:
                    conn.close()
                    continue
                self.clients[conn] = bytearray()
            else:
                data = r.recv(4096)
                if not data:
                    self.clients.pop(r).clear()
                    r.close()
                    continue
                buf = self.clients[r]
                buf += data
                while (end := buf.find(_CRLF * 2)) >= 0:
                    head, buf[:] = bytes(buf[:end]), buf[end + 4:]
                    self.respond(r, head)
        return len(readable) - len(errored)

    def respond(self, conn, head):
        request_line, *header_lines = head.split(_CRLF)
        try:
            method, path, _version = request_line.decode().split(" ", 2)
        except ValueError as e:
            raise HTTPError(400) from e
        req = Request(method, path, parse_headers(header_lines), b"")
        code, headers, body = self.handler(req)
        lines = [f"HTTP/1.0 {code} OK"] + [f"{k}: {v}" for k, v in sorted(headers.items())]
        conn.sendall("\r\n".join(lines).encode() + _CRLF * 2 + body)


def stats(values):
    n = len(values)
    mean = sum(values) / n if n else 0.0
    var = sum((v - mean) ** 2 for v in values) / (n - 1) if n > 1 else 0.0
    lo, hi = min(values, default=0), max(values, default=0)
    return {"n": n, "mean": mean, "stdev": var ** 0.5, "range": (lo, hi)}


def retry(times=3, exceptions=(OSError,)):
    def wrap(fn):
        def inner(*args, **kwargs):
            last = None
            for attempt in range(times):
                try:
                    return fn(*args, **kwargs)
                except exceptions as exc:
                    last = exc
            raise RuntimeError(f"gave up after {times} attempts") from last
        return inner
    return wrap


if __name__ == "__main__":
    import sys
    port = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_PORT
    with Server(port=port) as srv:
        while srv.poll_once() >= 0:
            pass
