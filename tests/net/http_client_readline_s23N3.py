# HTTPResponse.readline()/iteration over a body with Content-Length or
# chunked transfer (each line read as one piece of what has arrived: it was
# read a byte at a time, ~25 s for a 2 MB body), and lines that cross chunk
# boundaries, readline(limit) and mixed read()/readline() stay exact.
import http.client
import http.server
import threading

BODY = b"".join(b"%05d " % i + b"y" * (i % 150) + b"\n" for i in range(3000)) + b"tail"


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        self.send_response(200)
        if self.path == "/chunked":
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for i in range(0, len(BODY), 777):
                part = BODY[i : i + 777]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.send_header("Content-Length", str(len(BODY)))
            self.end_headers()
            self.wfile.write(BODY)


srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
t = threading.Thread(target=srv.serve_forever)
t.start()


def get(path):
    c = http.client.HTTPConnection("127.0.0.1", srv.server_address[1], timeout=10)
    c.request("GET", path)
    return c, c.getresponse()


for path in ["/length", "/chunked"]:
    c, r = get(path)
    lines = list(r)
    print(path, len(lines), lines[0], lines[-1], b"".join(lines) == BODY)
    c.close()
    c, r = get(path)
    print(r.readline(3), r.readline(), r.readline(0), r.read(3), r.readline(20))
    for i in range(140):
        r.readline()
    # (CPython 3.11's chunked readline(limit) can return more than limit
    # at a chunk boundary: the limit is tried on the other body only.)
    got = [len(r.readline(100 if path == "/length" else -1)) for i in range(20)]
    print(got)
    rest = r.read()
    print(len(rest), rest[-4:])
    c.close()

srv.shutdown()
t.join()
srv.server_close()
