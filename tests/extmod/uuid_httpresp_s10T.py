# uuid.SafeUUID is one class (is_safe compares equal across objects, survives
# pickle/copy); http.client.HTTPResponse: closed (file flag) vs isclosed()
# (body done), no read for a bodiless HEAD/204; urllib.request path helpers
import copy, io, pickle, uuid
from http import client
import urllib.request

S = uuid.SafeUUID
a, b = uuid.UUID(int=1), uuid.UUID(int=2, is_safe=S.safe)
print(a.is_safe is S.unknown, a.is_safe == uuid.uuid4().is_safe, a.is_safe is a.is_safe)
print(b.is_safe is uuid.SafeUUID.safe, repr(b.is_safe), S(-1), S(None).name)
for u in (a, b, uuid.UUID(int=3, is_safe=S.unsafe)):
    c, p = copy.copy(u), pickle.loads(pickle.dumps(u))
    print(c == u, c.is_safe == u.is_safe, p == u, p.is_safe is u.is_safe, copy.deepcopy(u).is_safe)


class NoEOF(io.BytesIO):
    # as CPython's test: reading past the end is the bug
    def read(self, n=-1):
        d = io.BytesIO.read(self, n)
        if not d:
            raise AssertionError('read past EOF')
        return d


class Sock:
    def __init__(self, text, cls=io.BytesIO):
        self.text, self.cls = text, cls

    def makefile(self, mode, bufsize=None):
        return self.cls(self.text)


def resp(text, method=None, cls=io.BytesIO):
    r = client.HTTPResponse(Sock(text, cls), method=method)
    r.begin()
    return r


r = resp(b'HTTP/1.1 200 Ok\r\nContent-Length: 4\r\n\r\nText')
print(r.read(2), r.isclosed(), r.closed)
print(r.read(2), r.isclosed(), r.closed)
print(r.read(), r.isclosed(), r.closed)
r.close()
print(r.isclosed(), r.closed, r.read())
r = resp(b'HTTP/1.1 200 Ok\r\nContent-Length: 13\r\n\r\nText\r\nAnother')
print(r.readline(), r.isclosed(), r.read(), r.isclosed(), r.closed)
r = resp(b'HTTP/1.1 200 OK\r\nContent-Length: 14432\r\n\r\n', 'HEAD', NoEOF)
print(r.status, r.read(), r.isclosed(), r.closed)
r = resp(b'HTTP/1.1 200 OK\r\nContent-Length: 14432\r\n\r\n', 'HEAD', NoEOF)
b = bytearray(5)
print(r.readinto(b), b, r.isclosed())
r = resp(b'HTTP/1.1 204 No Content\r\n\r\n', 'GET')
print(r.status, r.read(), r.isclosed())
r = resp(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n0\r\n\r\n')
print(r.read(), r.isclosed(), r.closed)
with resp(b'HTTP/1.0 200 OK\r\n\r\nabc') as r:
    print(r.read(), r.isclosed(), r.closed)
print(r.closed)

for p in ['/a b/c%d', '/x/\u00e9', 'rel/ative;x']:
    q = urllib.request.pathname2url(p)
    print(q, urllib.request.url2pathname(q) == p)
