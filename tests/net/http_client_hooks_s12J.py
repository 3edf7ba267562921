# http.client's overridable hooks (_validate_path/_validate_host/_encode_request/
# _output), the _buffer a subclass may replace, response debug output,
# get_charset(), _MAXHEADERS and __all__.
import io
import http.client as client


class FakeSock:
    def __init__(self, text=b''):
        self.text = text
        self.data = b''

    def sendall(self, d):
        self.data += d

    def makefile(self, mode, bufsize=None):
        return io.BytesIO(self.text)

    def close(self):
        pass


class Unsafe(client.HTTPConnection):
    def _validate_path(self, url):
        pass

    def _validate_host(self, host):
        pass

    def _encode_request(self, req):
        return req.encode('utf-8')


for cls in client.HTTPConnection, Unsafe:
    try:
        c = cls('example.com')
        c.sock = FakeSock()
        c.putrequest('GET', '/\x00\u2603')
        c.endheaders()
        print(c.sock.data)
    except (client.InvalidURL, UnicodeError) as e:
        print(type(e).__name__)
    try:
        cls('bad\r\nhost')
        print('host accepted')
    except client.InvalidURL:
        print('InvalidURL')


# A list subclass put in _buffer sees every line appended.
class Counting(list):
    def append(self, item):
        print('line', item)
        list.append(self, item)


c = client.HTTPConnection('example.com')
c.sock = FakeSock()
c._buffer = Counting()
c.request('PUT', '/x', 'body', {'X-A': 'b'})
print(c._buffer, c.sock.data)

r = client.HTTPResponse(FakeSock(b'HTTP/1.1 200 OK\r\nA: 1\r\nContent-Type: text/html\r\n\r\n'), debuglevel=1)
r.begin()
print(r.msg.get_charset(), r.msg.get_content_type())

text = 'HTTP/1.1 200 OK\r\n' + 'H: x\r\n' * (client._MAXHEADERS + 1) + '\r\n'
try:
    client.HTTPResponse(FakeSock(text.encode())).begin()
except client.HTTPException as e:
    print(type(e).__name__, e)
# HTTPSConnection is listed only where ssl is built in (not here).
print(sorted(n for n in client.__all__ if n != 'HTTPSConnection'))
print(all(hasattr(client, n) for n in client.__all__))
