# urllib.request against a loopback http.server in a thread: basic auth
# (401, retry with the password manager's credentials), a proxy from
# ProxyHandler (absolute URL in the request line, 407 and proxy basic auth),
# urlretrieve with a reporthook and a body cut short.
import base64
import threading
import urllib.request as ur
from http.server import HTTPServer, BaseHTTPRequestHandler
from urllib.error import HTTPError, ContentTooShortError

log = []


def creds(u, p):
    return 'Basic ' + base64.b64encode(('%s:%s' % (u, p)).encode()).decode()


class H(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.0'

    def log_message(self, *a):
        pass

    def reply(self, code, body=b'', extra=(), length=None):
        self.send_response(code)
        for k, v in extra:
            self.send_header(k, v)
        self.send_header('Content-Length', str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        p = self.path
        log.append((p.replace(str(PORT), 'PORT'), self.headers.get('Authorization'),
                    self.headers.get('Proxy-Authorization')))
        if p.startswith('http://'):
            if self.headers.get('Proxy-Authorization') != creds('pu', 'pp'):
                return self.reply(407, b'no', [('Proxy-Authenticate', 'Basic realm="P"')])
            return self.reply(200, b'via proxy ' + p.replace(str(PORT), 'PORT').encode())
        if p == '/auth':
            if self.headers.get('Authorization') != creds('user', 'pw'):
                return self.reply(401, b'who?', [('WWW-Authenticate', 'Basic realm="R"')])
            return self.reply(200, b'welcome')
        if p == '/short':
            return self.reply(200, b'abcd', length=10)
        self.reply(200, b'x' * 20000)


srv = HTTPServer(('127.0.0.1', 0), H)
PORT = srv.server_address[1]
BASE = 'http://127.0.0.1:%d' % PORT
t = threading.Thread(target=srv.serve_forever)
t.start()
try:
    try:
        ur.urlopen(BASE + '/auth')
    except HTTPError as e:
        print('no handler', e.code, e.headers['WWW-Authenticate'], e.read())
    ah = ur.HTTPBasicAuthHandler()
    ah.add_password('R', BASE + '/', 'user', 'wrong')
    try:
        ur.build_opener(ah).open(BASE + '/auth')
    except HTTPError as e:
        print('bad password', e.code)
    del log[:]
    ah = ur.HTTPBasicAuthHandler(ur.HTTPPasswordMgrWithDefaultRealm())
    ah.add_password(None, BASE, 'user', 'pw')
    ur.install_opener(ur.build_opener(ah))
    with ur.urlopen(BASE + '/auth') as f:
        print(f.status, f.read(), log)
    ur.install_opener(None)

    del log[:]
    proxy = ur.ProxyHandler({'http': 'http://pu:pp@127.0.0.1:%d' % PORT})
    with ur.build_opener(proxy).open('http://example.invalid/page?x=1') as f:
        print(f.status, f.read(), log)
    del log[:]
    pa = ur.ProxyBasicAuthHandler()
    pa.add_password('P', '127.0.0.1:%d' % PORT, 'pu', 'pp')
    o = ur.build_opener(ur.ProxyHandler({'http': '127.0.0.1:%d' % PORT}), pa)
    with o.open('http://example.invalid/') as f:
        print(f.status, f.read(), log)
    try:
        ur.build_opener(ur.ProxyHandler({'http': BASE})).open('http://example.invalid/')
    except HTTPError as e:
        print('proxy', e.code, e.headers['Proxy-Authenticate'])

    calls = []
    name, hdrs = ur.urlretrieve(BASE + '/big', reporthook=lambda *a: calls.append(a))
    print(len(open(name, 'rb').read()), hdrs['Content-Length'], calls)
    try:
        ur.urlretrieve(BASE + '/short')
    except ContentTooShortError as e:
        print('ContentTooShortError', e.reason, e.content[1]['Content-Length'])
    ur.urlcleanup()
finally:
    srv.shutdown()
    srv.server_close()
    t.join()
