# http.client details checked against CPython: bodies from text files (end
# with '', not b''), HEAD answered with a chunked header, getheader() with an
# iterable default, header-name rules, buffer-protocol send(), the socket
# default timeout, status constants, get_content_type(), read1/readlines,
# IPv6 zone ids left out of Host, log escaping in http.server.
import array, io, os, socket, sys, threading, http.client as client
import http.server


class FakeSock:
    def __init__(self, text=b''):
        self.text = text
        self.data = b''

    def sendall(self, d):
        self.data += bytes(d)

    def makefile(self, mode, bufsize=None):
        return io.BytesIO(self.text)

    def close(self):
        pass


def conn_with(text=b''):
    c = client.HTTPConnection('example.com')
    c.sock = FakeSock(text)
    return c


# A text-mode file body is sent chunked, and the request ends.
path = '/tmp/_s8h_body.txt'
with open(path, 'w') as f:
    f.write('body')
with open(path) as f:
    c = conn_with()
    c.request('PUT', '/u', f)
    print(c.sock.data.split(b'\r\n\r\n', 1)[1])
os.remove(path)

# Bytes-like objects are sent whole, iterables piece by piece.
c = conn_with()
c.send(array.array('b', b'xyz'))
c.send([b'1', b'2'])
print(c.sock.data)

# HEAD: no body, even if the headers promise chunks.
head = b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n'
r = client.HTTPResponse(FakeSock(head + b'a\r\nhello worl\r\n0\r\n\r\n'), method='HEAD')
r.begin()
print(r.status, r.isclosed(), r.read(), r.isclosed())

# Plain response: read1, readlines, getheader defaults, content type.
body = b'HTTP/1.1 200 OK\r\nContent-Type: Text/HTML; charset=UTF-8\r\nContent-Length: 12\r\n\r\nab\ncd\nefghij'
r = client.HTTPResponse(FakeSock(body))
r.begin()
print(r.read1(3), r.readlines())
print(r.getheader('X-No', ['a', 'b']), r.getheader('X-No', 'dflt'), r.getheader('X-No', 5))
print(r.headers.get_content_type(), r.headers.get_content_charset())
r = client.HTTPResponse(FakeSock(b'HTTP/1.0 200 OK\r\nContent-Type: nonsense\r\n\r\n'))
r.begin()
print(r.headers.get_content_type(), r.read())

# Header names: inner spaces pass, leading white space or ':' do not.
c = conn_with()
c.putrequest('GET', '/')
c.putheader('Key Space', 'v')
for bad in ('\tName', ' Name', 'Na:me', 'Na\r\nme', ''):
    try:
        c.putheader(bad, 'v')
        print('accepted', repr(bad))
    except ValueError:
        print('ValueError', repr(bad))

# Host header: an IPv6 zone is local, so it is not sent.
for host in ('[fe80::1%2]', '[fe80::1%2]:81', '[2001::]:81'):
    c = client.HTTPConnection(host)
    c.sock = FakeSock()
    c.request('GET', '/')
    print(c.sock.data.split(b'\r\n')[1])

print(client.OK, client.NOT_FOUND == 404, client.responses[client.NOT_FOUND])

# A connection without its own timeout takes the socket module's default.
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(1)
socket.setdefaulttimeout(7.5)
try:
    c = client.HTTPConnection('127.0.0.1', srv.getsockname()[1])
    c.connect()
finally:
    socket.setdefaulttimeout(None)
print(c.sock.gettimeout())
c.close()
c = client.HTTPConnection('127.0.0.1', srv.getsockname()[1], timeout=3)
c.connect()
print(c.sock.gettimeout())
c.close()
srv.close()


# http.server escapes control characters and doubles backslashes in logs.
class Quiet(http.server.BaseHTTPRequestHandler):
    def __init__(self):
        self.client_address = ('127.0.0.1', 1)


class Err:
    def __init__(self):
        self.out = []

    def write(self, s):
        self.out.append(s)


e, sys.stderr = Err(), Err()
try:
    Quiet().log_message('%s', 'a\\b\x1bc\x7f\xa0d')
finally:
    e, sys.stderr = sys.stderr, sys.__stderr__
print(''.join(e.out).split('] ', 1)[1].rstrip())
