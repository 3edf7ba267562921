# http.client against a loopback server driven step by step from the test
# (no threads): request() is sent, the server side answers, getresponse().
import socket
import http.client as hc

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(4)
PORT = srv.getsockname()[1]
peer = None


def answer(reply, new=False, close=False):
    # Read one whole request (headers, then a Content-Length or chunked body).
    global peer
    if new or peer is None:
        peer = srv.accept()[0]
        peer.settimeout(2)
    buf = b''
    while True:
        head, sep, body = buf.partition(b'\r\n\r\n')
        if sep:
            low = head.lower()
            if b'content-length:' in low:
                n = int(low.split(b'content-length:')[1].split(b'\r\n')[0])
                if len(body) >= n:
                    break
            elif b'chunked' in low:
                if body.endswith(b'0\r\n\r\n'):
                    break
            else:
                break
        d = peer.recv(4096)
        if not d:
            break
        buf += d
    print('server got', buf.replace(str(PORT).encode(), b'PORT'))
    peer.sendall(reply)
    if close:
        peer.close()
        peer = None


c = hc.HTTPConnection('127.0.0.1', PORT, timeout=2)
print(c.host, c.port == PORT, hc.HTTP_PORT, hc.responses[404], hc.responses[200])

# Content-Length body, keep-alive reuse of one connection.
c.request('GET', '/a', headers={'X-Test': 'yes'})
answer(b'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-Multi: 1\r\nX-Multi: 2\r\n\r\nhello')
r = c.getresponse()
print(r.status, r.reason, r.version, r.getheader('content-length'), r.getheader('x-multi'))
print(r.getheader('missing'), r.getheader('missing', 'dflt'), r.headers.get('X-MULTI'), r.msg.get_all('x-multi'))
print(r.getheaders())
print(r.will_close, r.chunked, r.length, r.isclosed())
print(r.read(2), r.read(10), r.read(), r.isclosed())
sock = c.sock

c.request('POST', '/b', body=b'data=1', headers={'Content-Type': 'text/plain'})
answer(b'HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4;ext=1\r\ndefg\r\n0\r\nTrailer: x\r\n\r\n')
r = c.getresponse()
print(c.sock is sock, r.status, r.reason, r.chunked, r.length)
print(r.read(2), r.read(3), r.read(), r.isclosed())

# readline / readinto / iteration
c.request('PUT', '/c', body='text')
answer(b'HTTP/1.1 200 OK\r\nContent-Length: 12\r\n\r\nline1\nline2\n')
r = c.getresponse()
print(r.readline(), list(r), r.read(), r.isclosed())
c.request('GET', '/d')
answer(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nab\nc\r\n3\r\nd\nx\r\n0\r\n\r\n')
r = c.getresponse()
b = bytearray(3)
print(r.readinto(b), b, r.readline(), r.readline(), r.readline(), r.isclosed())

# chunked request body from an iterable
c.request('POST', '/e', body=iter([b'ab', b'cde']))
answer(b'HTTP/1.1 204 No Content\r\n\r\n')
r = c.getresponse()
print(r.status, r.length, r.read(), r.isclosed())

# HEAD: no body
c.request('HEAD', '/f')
answer(b'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n')
r = c.getresponse()
print(r.status, r.read(), r.isclosed())

# close-delimited body (HTTP/1.0): the connection is given up afterwards
c.request('GET', '/g')
answer(b'HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n\r\nall of it', close=True)
r = c.getresponse()
print(r.version, r.will_close, c.sock, r.headers.get_content_charset())
print(r.read(), r.isclosed())

# a new request reconnects by itself; putrequest/putheader/endheaders/send
c.putrequest('POST', '/h')
c.putheader('Content-Length', 3)
c.putheader('X-Two', 'a', 'b')
c.endheaders()
c.send(b'xyz')
try:
    c.request('GET', '/')
except hc.CannotSendRequest as e:
    print('CannotSendRequest', e)
answer(b'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nConnection: close\r\n\r\n!', new=True, close=True)
try:
    c.putheader('X', 'y')
except hc.CannotSendHeader as e:
    print('CannotSendHeader', repr(e))
r = c.getresponse()
print(r.will_close, c.sock, r.read())
try:
    c.getresponse()
except hc.ResponseNotReady as e:
    print('ResponseNotReady', e)

# errors
c.request('GET', '/i')
answer(b'', new=True, close=True)
try:
    c.getresponse()
except hc.RemoteDisconnected as e:
    print('RemoteDisconnected', e, isinstance(e, ConnectionResetError), isinstance(e, hc.BadStatusLine))
c.close()
c.request('GET', '/j')
answer(b'garbage\r\n\r\n', new=True, close=True)
try:
    c.getresponse()
except hc.BadStatusLine as e:
    print('BadStatusLine', repr(e.line), isinstance(e, hc.HTTPException))
c.close()
c.request('GET', '/k')
answer(b'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort', new=True, close=True)
r = c.getresponse()
try:
    r.read()
except hc.IncompleteRead as e:
    print('IncompleteRead', repr(e), e.partial, e.expected)
c.close()
c.request('GET', '/l')
answer(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab', new=True, close=True)
r = c.getresponse()
try:
    r.read()
except hc.IncompleteRead as e:
    print('IncompleteRead', repr(e), e.partial)
c.close()
for bad in ('/a b', '/\r\nX: y'):
    try:
        c.request('GET', bad)
    except hc.InvalidURL as e:
        print('InvalidURL', e)
        c.close()
try:
    c.request('GET', '/', headers={'X': 'a\r\nInjected: 1'})
except ValueError as e:
    print('ValueError', e)
c.close()
try:
    hc.HTTPConnection('host:port')
except hc.InvalidURL as e:
    print('InvalidURL', e)
for h in ('example.org:8080', '[::1]:81', '[::1]', 'example.org'):
    x = hc.HTTPConnection(h)
    print(x.host, x.port)
print(str(hc.IncompleteRead(b'abc', 4)), repr(hc.BadStatusLine('')), str(hc.LineTooLong('header line')))
srv.close()
