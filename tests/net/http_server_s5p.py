# http.server: HTTPServer + SimpleHTTPRequestHandler / BaseHTTPRequestHandler on
# loopback, one process: the client sends a whole request, then the server
# handles it with handle_request(), then the client reads the reply.
import http.server
import os
import socket
import tempfile

root = tempfile.mkdtemp()
for name, data in (('a.txt', b'hello\n'), ('b.html', b'<p>b</p>'), ('x y.txt', b'xy'), ('c.bin', b'\x00\x01'),
                   ('sub/index.html', b'<h1>sub</h1>'), ('Z.PY', b'pass\n')):
    if '/' in name:
        os.mkdir(os.path.join(root, name.split('/')[0]))
    with open(os.path.join(root, name), 'wb') as f:
        f.write(data)
os.mkdir(os.path.join(root, 'empty'))


class Quiet(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *a, **k):
        super().__init__(*a, directory=root, **k)

    def log_message(self, fmt, *args):
        print('log:', fmt % args)


def show(reply):
    for h in reply.decode().split('\r\n'):
        if h.split(':')[0] not in ('Date', 'Server', 'Last-Modified'):
            print(' ', h)


def ask(server, raw):
    c = socket.socket()
    c.connect(server.server_address)
    c.sendall(raw)
    server.handle_request()
    out = b''
    while True:
        b = c.recv(4096)
        if not b:
            break
        out += b
    c.close()
    return out


srv = http.server.HTTPServer(('127.0.0.1', 0), Quiet)
print(srv.server_port == srv.server_address[1], isinstance(srv.server_name, str))
for req in (b'GET / HTTP/1.0\r\n\r\n', b'GET /a.txt HTTP/1.0\r\nHost: x\r\n\r\n', b'HEAD /b.html HTTP/1.0\r\n\r\n',
            b'GET /sub HTTP/1.0\r\n\r\n', b'GET /sub?q=1 HTTP/1.0\r\n\r\n', b'GET /sub/ HTTP/1.0\r\n\r\n',
            b'GET /empty/ HTTP/1.0\r\n\r\n', b'GET /missing HTTP/1.0\r\n\r\n', b'HEAD /missing HTTP/1.0\r\n\r\n',
            b'FOO / HTTP/1.0\r\n\r\n', b'GET / HTTP/x\r\n\r\n', b'GET / HTTP/2.0\r\n\r\n', b'GET / x HTTP/1.0\r\n\r\n',
            b'POST /\r\n\r\n', b'GET /x%20y.txt?a#b HTTP/1.0\r\n\r\n', b'GET /c.bin HTTP/1.0\r\n\r\n',
            b'GET /Z.PY HTTP/1.0\r\n\r\n', b'GET /../../a.txt HTTP/1.0\r\n\r\n', b'GET //a.txt HTTP/1.0\r\n\r\n',
            b'GET /a.txt/ HTTP/1.0\r\n\r\n', b'\r\n'):
    show(ask(srv, req))
srv.server_close()


class KeepAlive(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def do_GET(self):
        body = ('path=%s agent=%s' % (self.path, self.headers.get('User-Agent'))).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt, *args):
        print('log:', fmt % args, self.address_string(), self.command, self.request_version)


srv = http.server.HTTPServer(('127.0.0.1', 0), KeepAlive)
show(ask(srv, b'GET /one HTTP/1.1\r\nUser-Agent: t\r\n\r\nGET /two HTTP/1.1\r\nConnection: close\r\n\r\n'))
show(ask(srv, b'GET /old HTTP/1.0\r\n\r\n'))
show(ask(srv, b'PUT /x HTTP/1.1\r\nConnection: close\r\n\r\n'))
srv.server_close()
H = http.server.BaseHTTPRequestHandler
print(H.server_version, H.protocol_version, H.default_request_version, H.error_content_type)
print(H.responses[404], H.responses[200][0])
print(H.date_time_string(H, 0), H.date_time_string(H, 1700000000))
print(len(H.log_date_time_string(H)), http.server.SimpleHTTPRequestHandler.server_version)
for p in ('a.html', 'b.TXT', 'c.json', 'd', 'e.tar.gz', 'f.png', 'g.unknownext'):
    print(p, Quiet.guess_type(Quiet, p))
import shutil
shutil.rmtree(root)
print(os.path.exists(root))
