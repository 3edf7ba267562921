# pathlib pure operations: with_*, relative_to, is_relative_to, match, as_uri
from pathlib import PurePath, Path

def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

p = PurePath('/home/user/file.tar.gz')
for n in ['x.py', 'a b', '.x', 'x.', '', '.', '..', 'a/b', '/a', 'a/', '//']:
    t(p.with_name, n)
for s in ['.txt', '', '.a.b', 'txt', '.', '/.x', '.x/', 'a.b']:
    t(p.with_suffix, s)
    t(PurePath('dir/plain').with_suffix, s)
for s in ['new', '', '.x', 'a/b', 'n.']:
    t(p.with_stem, s)
for q in ['', '/', '.', 'a/..', 'x/.hidden', 'a.']:
    t(PurePath(q).with_name, 'n')
    t(PurePath(q).with_suffix, '.s')
t(PurePath('a').with_suffix, 5)
t(PurePath('a').with_name, None)

# relative_to / is_relative_to
cases = [('/a/b/c', ('/a',)), ('/a/b/c', ('/',)), ('/a/b/c', ('/a/b/c',)), ('/a/b/c', ('/a', 'b')),
         ('/a/b/c', ('/x',)), ('/a/b/c', ('a',)), ('a/b', ('a',)), ('a/b', ('',)), ('a/b', ('.',)),
         ('a/b', ('/a',)), ('/a', ('',)), ('a/b', ('a/b/c',)), ('a/b', ('ab',)), ('//a/b', ('/a',)),
         ('//a/b', ('//a',)), ('.', ('.',)), ('/a/b', (PurePath('/a'),)), ('a/b', ('x', '/a'))]
for s, other in cases:
    t(PurePath(s).relative_to, *other)
    t(PurePath(s).is_relative_to, *other)
t(PurePath('a').relative_to)
t(PurePath('a').relative_to, 3)
print(type(Path('/a/b').relative_to('/a')).__name__)

# match
for s, pat in [('a/b.py', '*.py'), ('/a/b/c.py', 'b/*.py'), ('/a/b/c.py', 'a/*.py'),
               ('/a.py', '/*.py'), ('/a/b.py', '/*.py'), ('a/b.py', '/*.py'), ('b.py', 'a/*.py'),
               ('/a/b', '*/b'), ('/a', '*/a'), ('a', '*/a'), ('x.PY', '*.py'), ('a/b', 'a/b'),
               ('a/b', '*'), ('a/b', '**/b'), ('abc', 'a?c'), ('abc', '[ab]bc'), ('abc', '[!a]bc'),
               ('a/b/c', 'a/*/c'), ('/a/b', '/a/b'), ('/a/b', '//a/b'), ('a/b/', 'b'), ('.', '*')]:
    t(PurePath(s).match, pat)
t(PurePath('a').match, '')
t(PurePath('a').match, '.')

# as_uri, is_absolute, is_reserved
for s in ['/a/b', '/', '/a b/c%d', '/é/x~y_z-.', '//host/share', '/a?b#c', 'rel', '.']:
    t(PurePath(s).as_uri)
print(PurePath('/').is_absolute(), PurePath('a').is_absolute(), PurePath('nul').is_reserved())

# joinpath
print(PurePath('a').joinpath(), PurePath('a').joinpath('b', PurePath('c'), 'd/e'), PurePath('a').joinpath('/r', 's'))
t(PurePath('a').joinpath, 1)
