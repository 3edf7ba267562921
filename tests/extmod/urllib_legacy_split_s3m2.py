# urllib.parse's deprecated split*/to_bytes helpers and urljoin of bare
# relative names (the last path segment must not be doubled).
import warnings
warnings.simplefilter('ignore')
import urllib.parse as P
for f, args in [('splittype', ['', 'HTTP:x', 'http:', ':x', 'a/b:c', 'type:opaque:x', 'a\nb:c']),
                ('splithost', ['', '//h', '//h:80/p?q', '//h?q', '//h#f', 'x//h', '//', '//h\n/p']),
                ('splituser', ['', 'u@h', 'u:p@h@x', 'h']),
                ('splitpasswd', ['', 'u:p', 'u', 'u:p:q', 'u:']),
                ('splitport', ['', 'h:80', 'h:', 'h', 'h:x', 'h:80:90', '[::1]:80', ':80', 'h:\uff11', 'h:8 0', 'h\n:80']),
                ('splitnport', ['', 'h:80', 'h:', 'h', 'h:x', ':80', 'h:\uff11']),
                ('splitquery', ['', '/p?q', '/p?q?r', '/p']),
                ('splittag', ['', '/p#t', '/p#t#u', '/p']),
                ('splitattr', ['', '/p;a=1;b=2', '/p']),
                ('splitvalue', ['', 'a=1', 'a', 'a=b=c']),
                ('to_bytes', ['http://x', b'x'])]:
    for a in args:
        try:
            print(f, repr(a), getattr(P, f)(a))
        except Exception as e:
            print(f, repr(a), type(e).__name__, e)
print(P.splitnport('h', 5), P.splitnport('h:', 5))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    P.splittype('x')
    P.to_bytes('x')
    print([(x.category.__name__, str(x.message)) for x in w])
for b, u in [('a', 'b'), ('a/', 'b'), ('a/c', 'b'), ('/a', 'b'), ('http://x/a', 'b'), ('http://x', 'b'),
             ('http://x/a//b/c', '../d'), ('a/b', '../c'), ('x', '..')]:
    print(repr(b), repr(u), P.urljoin(b, u))
