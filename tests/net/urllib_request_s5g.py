# urllib.request.urlopen against a loopback server that a SIGALRM timer pumps
# while the client blocks (no threads needed).
import errno
import signal
import socket
import urllib.request
from urllib.error import HTTPError, URLError
from urllib.request import Request, urlopen

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(8)
srv.setblocking(False)
PORT = srv.getsockname()[1]
BASE = 'http://127.0.0.1:%d' % PORT
conns = []
seen = []


def complete(buf):
    head, sep, body = buf.partition(b'\r\n\r\n')
    if not sep:
        return False
    low = head.lower()
    if b'content-length:' in low:
        return len(body) >= int(low.split(b'content-length:')[1].split(b'\r\n')[0])
    if b'chunked' in low:
        return body.endswith(b'0\r\n\r\n')
    return True


def pump(*args):
    try:
        c = srv.accept()[0]
        c.setblocking(False)
        conns.append([c, b''])
    except OSError:
        pass
    for st in conns[:]:
        try:
            d = st[0].recv(4096)
        except OSError:
            continue
        st[1] += d
        if not d or complete(st[1]):
            conns.remove(st)
            if d:
                seen.append(st[1].replace(str(PORT).encode(), b'PORT'))
                st[0].setblocking(True)
                st[0].sendall(reply(st[1]))
            st[0].close()


def reply(req):
    path = req.split(b' ')[1]
    if path == b'/chunk':
        return b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n'
    if path.startswith(b'/r30'):
        return b'HTTP/1.1 ' + path[2:5] + b' Moved\r\nLocation: /echo?from=' + path[2:5] + b'\r\nContent-Length: 2\r\n\r\nxx'
    if path == b'/loop':
        return b'HTTP/1.1 302 Found\r\nLocation: /loop\r\nContent-Length: 0\r\n\r\n'
    if path == b'/ftp':
        return b'HTTP/1.1 302 Found\r\nLocation: file:///etc/passwd\r\nContent-Length: 0\r\n\r\n'
    if path == b'/missing':
        return b'HTTP/1.1 404 Not Found\r\nContent-Length: 4\r\nX-Why: gone\r\n\r\nnope'
    if path == b'/bad':
        return b'junk\r\n'
    body = req.split(b'\r\n\r\n', 1)[1]
    return b'HTTP/1.0 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: %d\r\n\r\n%s' % (len(body), body)


signal.signal(signal.SIGALRM, pump)
signal.setitimer(signal.ITIMER_REAL, 0.005, 0.005)

with urlopen(BASE + '/echo') as r:
    print(r.status, r.getcode(), r.reason, r.msg, r.geturl().replace(str(PORT), 'PORT'))
    print(r.headers['content-type'], r.info().get_content_charset(), r.getheader('Content-Length'), r.read())
print(seen[-1])
r = urlopen(BASE + '/chunk', timeout=2)
print(r.read(3), r.read())
r = urlopen(BASE + '/echo', data=b'a=1&b=2')
print(r.read(), seen[-1])
req = Request(BASE + '/echo?q=1#frag', data=b'{}', headers={'content-type': 'application/json', 'X-Custom': 'v'}, method='PUT')
print(req.get_method(), req.type, req.host.replace(str(PORT), 'PORT'), req.selector, req.fragment)
print(req.full_url.replace(str(PORT), 'PORT'), req.has_header('Content-type'), req.get_header('X-custom'), sorted(req.header_items()))
req.add_header('x-other', '1')
req.remove_header('X-custom')
print(sorted(req.header_items()))
r = urlopen(req)
print(r.read(), seen[-1])
r = urlopen(Request(BASE + '/echo', data=iter([b'ab', b'c'])))
print(r.read(), seen[-1])
for code in (301, 302, 303, 307, 308):
    r = urlopen(BASE + '/r%d' % code)
    print(code, r.status, r.geturl().replace(str(PORT), 'PORT'), seen[-1])
r = urlopen(BASE + '/r302', data=b'post')
print('POST 302', r.read(), seen[-1])
try:
    urlopen(BASE + '/r307', data=b'post')
except HTTPError as e:
    print('POST 307', e.code, e, e.read())
try:
    urlopen(BASE + '/missing')
except HTTPError as e:
    print(e, repr(e), e.code, e.reason, e.headers['x-why'], e.getcode(), e.read(), isinstance(e, URLError), isinstance(e, OSError))
    e.close()
try:
    urlopen(BASE + '/loop')
except HTTPError as e:
    print(e.code, repr(e.reason), len(seen))
try:
    urlopen(BASE + '/ftp')
except HTTPError as e:
    print(e.code, e.reason)
try:
    urlopen(BASE + '/bad')
except Exception as e:
    print(type(e).__name__)
for url in ('nothing', 'gopher://x/'):
    try:
        urlopen(url)
    except (ValueError, URLError) as e:
        print(type(e).__name__, e)
try:
    urlopen(BASE + '/echo', data='str')
except TypeError as e:
    print('TypeError', e)
signal.setitimer(signal.ITIMER_REAL, 0, 0)
srv.close()
try:
    urlopen(BASE + '/')
except URLError as e:
    print('URLError', type(e.reason).__name__, e.reason.errno == errno.ECONNREFUSED)
print(str(URLError('why')), URLError('why').reason)
