# urllib.parse: urlsplit/urlparse/urlunsplit/urlunparse, result attributes
from urllib.parse import (urlsplit, urlparse, urlunsplit, urlunparse,
                          urldefrag, SplitResult, ParseResult)

urls = [
    'http://www.example.com/path/to;p?q=1&r=2#frag',
    'HTTPS://User:Pass@Host.Example.COM:8443/a/b/',
    'ftp://ftp.x.org/pub;type=d',
    'mailto:someone@example.com',
    'file:///etc/passwd',
    '//host/only/path',
    'relative/path?x',
    '/abs;par?q#f',
    'http://[::1]:8080/v6',
    'http://[fe80::1%25eth0]/zone',
    'http://[v1.x]/future',
    'http://a@b@c:1/',
    'http://host:/empty-port',
    'svn+ssh://svn.x.org/repo',
    'path:80',
    '1http://x',
    'sip:alice@atlanta.com;transport=tcp',
    '  \x01http://ex.com/a\tb\nc?x#y',
    'http://ex.com?only#f?r',
    'http://ex.com#a#b',
    'tel:+1-800;ext=1',
    '',
    'http:',
    'http://',
    'HTTP://EX.com/%7Euser',
]
for u in urls:
    s = urlsplit(u)
    p = urlparse(u)
    print(repr(u))
    print(' ', s)
    print(' ', p)
    print(' ', s.username, s.password, s.hostname, s.port)
    print(' ', repr(s.geturl()), repr(p.geturl()))
    print(' ', repr(urlunsplit(s)), repr(urlunparse(p)))

print(urlsplit('www.x.com/a', scheme='http'))
print(urlsplit('x#y', allow_fragments=False))
print(urlparse('http://x/a;b#c', allow_fragments=False))
print(urlunsplit(['http', 'h', 'p', 'q', 'f']))
print(urlunsplit(('http', '', 'p', '', '')), urlunsplit(('mailto', '', 'a@b', '', '')))
print(urlunparse(('http', 'h', '/p', 'pa', 'q', 'f')))

# ports
for u in ['http://h:65535', 'http://h:0', 'http://h:65536', 'http://h:x1',
          'http://h:-1', 'http://h:+1', 'http://[::1]:abc', 'http://h: 1']:
    try:
        print(u, urlsplit(u).port)
    except ValueError as e:
        print(u, 'ValueError', e)

# bad bracketed hosts
for u in ['http://[::1/x', 'http://::1]/x', 'http://[zz]/', 'http://[1.2.3.4]/',
          'http://[v1]/', 'http://[::ffff:1.2.3.4]/', 'http://[1:2:3:4:5:6:7:8]/',
          'http://[1:2:3:4:5:6:7:8:9]/', 'http://[1::2::3]/', 'http://[::]/',
          'http://[12345::]/', 'http://[::1.2.3.04]/', 'http://[1:2:3:4:5:6:1.2.3.4]/',
          'http://[fe80::1%]/']:
    try:
        print(u, urlsplit(u).hostname)
    except ValueError as e:
        print(u, 'ValueError', e)

# bytes
b = urlsplit(b'http://u:p@Host:81/p?q#f')
print(b, b.hostname, b.port, b.username, b.password, b.geturl())
print(type(b).__name__, b.decode(), type(b.decode()).__name__)
pb = urlparse(b'http://h/a;b')
print(pb, pb.geturl(), urlunparse(pb), urlunsplit(urlsplit(b'x:y')))
print(urlsplit('http://h/').encode())
print(urlparse('http://h/').encode('ascii'))
try:
    urlsplit(b'http://x', 'http')
except TypeError as e:
    print('TypeError', e)
try:
    urlsplit(b'http://h:bad').port
except ValueError as e:
    print('ValueError', e)

# defrag
for u in ['http://a/b#c', 'http://a/b', 'http://a/b;p?q#', b'http://a/b#c', '#x']:
    d = urldefrag(u)
    print(d, d.url, d.fragment, d.geturl(), type(d).__name__)
print(isinstance(urlsplit('x'), tuple), SplitResult._fields, ParseResult._fields)
r = urlsplit('http://a/b')._replace(scheme='https')
print(r, r.geturl())
