# urllib.request without a network: Request's API, OpenerDirector's dispatch
# (handler order, processors, error chain), data: and file: URLs, https
# without ssl, proxies from the environment, the password manager and the
# header-list parsers.
import os
import tempfile
import urllib.request as ur
from urllib.error import URLError, HTTPError

r = ur.Request('http://User@Example.com:81/a%20b?q=1#frag', headers={'x-one': '1'})
print(r.type, r.host, r.selector, r.fragment, r.full_url, r.origin_req_host, r.unverifiable)
print(r.get_method(), r.has_header('X-one'), r.get_header('X-one'), r.get_header('Nope', 'd'))
r.add_unredirected_header('content-length', '3')
r.add_header('X-one', '2')
print(sorted(r.header_items()), r.unredirected_hdrs)
r.data = b'abc'
print(r.get_method(), r.has_header('Content-length'), r.data)
del r.data
print(r.data, r.get_method())
r.full_url = '<URL:http://h/x>'
print(r.full_url, r.host, r.selector, r.fragment, r.has_proxy())
r.set_proxy('proxy:3128', 'http')
print(r.host, r.type, r.selector, r.has_proxy())
r = ur.Request('http://h/', method='HEAD', origin_req_host='o', unverifiable=True)
print(r.get_method(), r.origin_req_host, r.unverifiable)
for bad in ('nothing', '', '/path/only'):
    try:
        ur.Request(bad)
    except ValueError as e:
        print('ValueError', e)


class Mine(ur.BaseHandler):
    def __init__(self, name, order):
        self.name = name
        self.handler_order = order

    def mine_open(self, req):
        print('open', self.name, req.full_url, req.timeout)
        if self.name == 'late':
            return 'opened by ' + self.name

    def mine_request(self, req):
        print('request', self.name)
        req.add_header('Seen', self.name)
        return req

    def mine_response(self, req, resp):
        print('response', self.name, req.get_header('Seen'))
        return resp + '!'


o = ur.OpenerDirector()
o.add_handler(Mine('late', 600))
o.add_handler(Mine('early', 400))
print([h.name for h in o.handlers], sorted(o.handle_open), sorted(o.process_request))
print(o.open('mine:thing', timeout=3))
try:
    o.add_handler(object())
except TypeError as e:
    print('TypeError', e)


class Err(ur.BaseHandler):
    def http_error_418(self, req, fp, code, msg, hdrs):
        return 'teapot handled %s %s' % (code, msg)


o = ur.build_opener(Err, ur.HTTPHandler())
# No ssl or ftp here: their handlers are left out of the comparison.
print(sorted(type(h).__name__ for h in o.handlers if type(h).__name__ not in ('FTPHandler', 'HTTPSHandler')))
print(o.error('http', ur.Request('http://x/'), None, 418, 'short', {}))
try:
    o.error('http', ur.Request('http://x/'), None, 500, 'boom', {})
except HTTPError as e:
    print('HTTPError', e.code, e.msg, e.filename)
print(o.error('gopher', 1, 2))

with ur.urlopen('data:text/plain;charset=utf-8,hello%20there') as f:
    print(f.read(), f.info().get_content_type(), f.headers['content-length'], f.geturl(), f.status)
f = ur.urlopen('data:;base64,aGk=')
print(f.read(), f.info()['Content-type'])

d = tempfile.mkdtemp()
p = os.path.join(d, 'page.html')
with open(p, 'wb') as g:
    g.write(b'<p>file</p>')
for url in ('file://' + ur.pathname2url(p), 'file://localhost' + ur.pathname2url(p)):
    with ur.urlopen(url) as f:
        print(f.read(), f.info()['Content-type'], f.info()['Content-length'], f.geturl() == url)
for url in ('file://' + ur.pathname2url(p) + '.none', 'file://example.invalid:99' + ur.pathname2url(p)):
    try:
        ur.urlopen(url)
    except URLError as e:
        print('URLError', type(e.reason).__name__)
name, hdrs = ur.urlretrieve('file://' + ur.pathname2url(p))
print(name == p, hdrs['Content-length'])
calls = []
name, hdrs = ur.urlretrieve('data:,0123456789', os.path.join(d, 'out'), lambda *a: calls.append(a))
print(open(name, 'rb').read(), calls)
name, hdrs = ur.urlretrieve('data:,temp')
print(open(name, 'rb').read(), os.path.exists(name))
ur.urlcleanup()
print(os.path.exists(name))
os.unlink(os.path.join(d, 'out'))
os.unlink(p)
os.rmdir(d)

for url in ('https://127.0.0.1:1/', 'gopher://h/', 'http:///nohost'):
    try:
        ur.urlopen(url)
    except URLError as e:
        print('URLError', url)
print(ur.pathname2url('/a b/c%d'), ur.url2pathname('/a%20b/c%25d'))

for k in list(os.environ):
    if k.lower().endswith('_proxy'):
        del os.environ[k]
os.environ['HTTP_PROXY'] = 'http://upper:1'
os.environ['http_proxy'] = 'http://lower:2'
os.environ['FTP_PROXY'] = 'http://f:3'
os.environ['no_proxy'] = 'local.test, .example.com,10.0.0.1'
print(sorted(ur.getproxies().items()))
for h in ('local.test', 'a.local.test', 'example.com', 'x.example.com:80', '10.0.0.1', 'other.org', 'notexample.com'):
    print(h, ur.proxy_bypass(h))
print(ur.proxy_bypass_environment('any', {'no': '*'}), ur.proxy_bypass_environment('any', {}))
ph = ur.ProxyHandler()
print(sorted(ph.proxies), hasattr(ph, 'http_open'), hasattr(ph, 'ftp_open'))
print(ur._parse_proxy('http://u:p@h:1/'), ur._parse_proxy('h:1'), ur._parse_proxy('u@h'))
for k in ('HTTP_PROXY', 'http_proxy', 'FTP_PROXY', 'no_proxy'):
    del os.environ[k]

m = ur.HTTPPasswordMgr()
m.add_password('realm', 'http://h/dir/', 'u', 'p')
m.add_password('realm', ['h2:8080'], 'u2', 'p2')
for uri in ('http://h/dir/sub', 'http://h:80/dir/x', 'http://h/other', 'h2:8080', 'http://h2:8080/any'):
    print(uri, m.find_user_password('realm', uri), m.find_user_password('other', uri))
m = ur.HTTPPasswordMgrWithDefaultRealm()
m.add_password(None, 'http://h/', 'du', 'dp')
print(m.find_user_password('whatever', 'http://h/x'))

print(ur.parse_http_list('a, b="x, y", c="q\\"uote", d'))
print(ur.parse_keqv_list(['realm="r"', 'nonce=abc', 'q="a=b"']))
