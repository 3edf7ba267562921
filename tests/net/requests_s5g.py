# requests/urequests (micropython-lib's API) against a loopback server that a
# SIGALRM timer pumps while the client blocks (no threads here).
# .exp file: CPython has no `requests` module on this machine.
import errno
import socket
import signal

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
    for line in head.split(b'\r\n'):
        if line.lower().startswith(b'content-length:'):
            return len(body) >= int(line[15:])
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
        return b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;x=1\r\n world\r\n0\r\n\r\n'
    if path == b'/302':
        return b'HTTP/1.1 302 Found\r\nLocation: /json\r\n\r\n'
    if path == b'/307':
        return b'HTTP/1.1 307 Temporary Redirect\r\nLocation: ' + BASE.encode() + b'/echo\r\n\r\n'
    if path == b'/300':
        return b'HTTP/1.1 300 Multiple Choices\r\nLocation: /x\r\n\r\n'
    if path == b'/json':
        return b'HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{"a": [1, 2], "s": "\\u00e9"}'
    if path == b'/bad':
        return b'nonsense\r\n'
    return b'HTTP/1.0 404 Not Found\r\nX-A: b\r\nX-Spaced:   v  \r\n\r\n' + req.split(b'\r\n\r\n', 1)[1]


signal.signal(signal.SIGALRM, pump)
signal.setitimer(signal.ITIMER_REAL, 0.005, 0.005)
import requests
import urequests
print(urequests.get is requests.get)

r = requests.get(BASE + '/echo', headers={'X-T': '1'})
print(r.status_code, r.reason, sorted(r.headers.items()), r.encoding)
print(r.content, r.text, seen[-1])
r = requests.get(BASE + '/chunk')
print(r.status_code, r.content)
r = requests.post(BASE + '/302', json={'k': 1})
print(r.status_code, r.json(), seen[-2:])
r = requests.post(BASE + '/307', data=b'payload', headers={'Host': 'h'})
print(r.status_code, r.text, seen[-2:])
r = requests.put(BASE + '/echo', data='\xe9', auth=('user', 'pw'))
print(r.content, seen[-1])
r = requests.patch(BASE + '/echo', data='x')
print(r.status_code, seen[-1])
r = requests.delete(BASE + '/echo')
print(r.status_code, seen[-1])
r = requests.head(BASE + '/echo')
print(r.status_code, r.content, seen[-1])
r = requests.request('OPTIONS', BASE + '/json', stream=True, timeout=2)
print(r.raw.read(5), r.raw.read())
r.close()
print(r.raw)
r = requests.get(BASE + '/echo', parse_headers=False)
print(r.headers)
r.close()
r = requests.get(BASE + '/echo', parse_headers=lambda line, d: d.setdefault('n', []).append(line))
print(r.headers)
r.close()
for url in (BASE + '/300', BASE + '/bad', 'ftp://x/', 'https://127.0.0.1:1/'):
    try:
        requests.get(url)
    except OSError as e:
        print('OSError', e.errno == errno.EPROTONOSUPPORT, e.args[1])
    except Exception as e:
        print(type(e).__name__, e)
signal.setitimer(signal.ITIMER_REAL, 0, 0)
srv.close()
try:
    requests.get(BASE + '/')
except OSError as e:
    print('OSError', e.errno == errno.ECONNREFUSED)
