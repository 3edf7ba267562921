# urllib.request digest authentication (HTTPDigestAuthHandler,
# ProxyDigestAuthHandler) against a loopback http.server that checks the
# response digest itself: qop=auth and none, MD5 and SHA, nonce counting,
# a wrong password, unsupported qop / algorithm / scheme.
import hashlib
import threading
import urllib.request as ur
from http.server import HTTPServer, BaseHTTPRequestHandler
from urllib.error import HTTPError, URLError

USERS = {'R': ('user', 'pw'), 'P': ('pu', 'pp')}
seen = []
challenge = {}  # path prefix -> extra challenge parameters


def digest(alg, *parts):
    f = {'MD5': hashlib.md5, 'SHA': hashlib.sha1}[alg]
    return f(':'.join(parts).encode()).hexdigest()


def check(method, value, realm):
    # True if the Digest header `value` proves knowledge of realm's password.
    if not value or not value.startswith('Digest '):
        return False
    d = ur.parse_keqv_list(ur.parse_http_list(value[7:]))
    seen.append(tuple(d.get(k) for k in ('username', 'realm', 'nonce', 'uri', 'algorithm', 'qop', 'nc', 'opaque')))
    user, pw = USERS[realm]
    alg = d.get('algorithm', 'MD5')
    ha1 = digest(alg, d['username'], realm, pw)
    ha2 = digest(alg, method, d['uri'])
    if 'qop' in d:
        want = digest(alg, ha1, d['nonce'], d['nc'], d['cnonce'], d['qop'], ha2)
    else:
        want = digest(alg, ha1, d['nonce'], ha2)
    return d['username'] == user and d['response'] == want


class H(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.0'

    def log_message(self, *a):
        pass

    def reply(self, code, body, extra=()):
        self.send_response(code)
        for k, v in extra:
            self.send_header(k, v)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        p = self.path
        if p.startswith('http://'):
            realm, hdr, code = 'P', 'Proxy-Authorization', 407
        else:
            realm, hdr, code = 'R', 'Authorization', 401
        key = p.rsplit('/', 1)[-1]
        if check(self.command, self.headers.get(hdr), realm):
            return self.reply(200, b'hello ' + key.encode())
        ch = challenge.get(key, 'Digest realm="%s", nonce="n1", qop="auth"' % realm)
        self.reply(code, b'no', [('WWW-Authenticate' if code == 401 else 'Proxy-Authenticate', ch)])


srv = HTTPServer(('127.0.0.1', 0), H)
PORT = srv.server_address[1]
BASE = 'http://127.0.0.1:%d/' % PORT
t = threading.Thread(target=srv.serve_forever)
t.start()


def get(opener, key):
    del seen[:]
    try:
        with opener.open(BASE + key) as f:
            print(key, f.status, f.read(), seen)
    except HTTPError as e:
        print(key, 'HTTPError', e.code, e.msg, len(seen))
    except (URLError, ValueError) as e:
        print(key, type(e).__name__, e)


try:
    dh = ur.HTTPDigestAuthHandler()
    dh.add_password('R', BASE, 'user', 'pw')
    o = ur.build_opener(dh)
    get(o, 'plain')
    get(o, 'again')  # same nonce: the count goes up
    challenge['sha'] = 'Digest realm="R", nonce="n2", algorithm="SHA", opaque="op"'
    get(o, 'sha')
    challenge['multi'] = 'Digest realm="R", nonce="n3", qop="auth-int,auth"'
    get(o, 'multi')
    challenge['int'] = 'Digest realm="R", nonce="n4", qop="auth-int"'
    get(o, 'int')
    challenge['sess'] = 'Digest realm="R", nonce="n5", algorithm="MD5-sess"'
    get(o, 'sess')
    challenge['nego'] = 'Negotiate abc'
    get(o, 'nego')
    challenge['basic'] = 'Basic realm="R"'
    get(o, 'basic')
    challenge['norealm'] = 'Digest nonce="n6"'
    get(o, 'norealm')
    challenge['other'] = 'Digest realm="X", nonce="n7"'
    get(o, 'other')

    bad = ur.HTTPDigestAuthHandler()
    bad.add_password('R', BASE, 'user', 'wrong')
    get(ur.build_opener(bad), 'wrong')

    # Basic and digest handlers together: the digest one answers first.
    bh = ur.HTTPBasicAuthHandler()
    bh.add_password('R', BASE, 'user', 'pw')
    get(ur.build_opener(bh, dh), 'both')

    ph = ur.ProxyDigestAuthHandler()
    # (the password is looked up by the URL asked for, not the proxy's)
    ph.add_password('P', 'http://example.invalid/', 'pu', 'pp')
    po = ur.build_opener(ur.ProxyHandler({'http': BASE}), ph)
    del seen[:]
    with po.open('http://example.invalid/proxied') as f:
        print('proxy', f.status, f.read(), seen)
    print(ur.ProxyDigestAuthHandler.handler_order, ur.HTTPDigestAuthHandler.auth_header,
          ur.ProxyDigestAuthHandler.auth_header)
finally:
    srv.shutdown()
    srv.server_close()
    t.join()
