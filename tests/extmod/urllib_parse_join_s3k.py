# urllib.parse.urljoin: RFC 3986 section 5.4 examples and odd cases
from urllib.parse import urljoin

base = 'http://a/b/c/d;p?q'
refs = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s',
        ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..',
        '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g',
        'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h',
        'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x',
        'g#s/../x', 'http:g', 'http:', 'https:g', '//h2/x', 'a//b', '/a//b/../c']
for r in refs:
    print(repr(r), urljoin(base, r))
cases = [
    ('http://a/b/', '../../../x'), ('http://a', 'b'), ('http://a', '../b'),
    ('http://a/b//c/', 'd'), ('http://a/b/c', '//x/y'), ('mailto:a@b', 'c'),
    ('', 'x'), ('http://a/b', ''), ('svn://a/b/c', 'd'), ('svn+ssh://a/b', '../c'),
    ('file:///tmp/x', 'y'), ('https://a/b?q#f', '#g'), ('https://a/b?q#f', '?z'),
    ('http://a/b/c', 'http://a/d'), ('http://a/b/c', 'https:/d'), ('/rel/base', 'x'),
    ('rel/base', '../../x'), ('http://a/b;p', ';q'), ('http://a/b/c', 'g#h'),
    ('http://a/b/c/', './'), ('http://a/%7E/x', 'y'),
]
for b, r in cases:
    print(repr(b), repr(r), repr(urljoin(b, r)))
print(urljoin('http://a/b#c', '#d', allow_fragments=False))
print(urljoin(b'http://a/b/c', b'../d'), urljoin(b'http://a/b', b''), urljoin(b'', b'x'))
try:
    urljoin('http://a', b'x')
except TypeError as e:
    print('TypeError', e)
