# os.path string operations (no file system access), str and bytes.
from os import path

print(path.sep, path.altsep, path.curdir, path.pardir, path.extsep, path.pathsep)
print(path.defpath, path.devnull)

samples = ['', '/', '//', '///', 'a', '/a', 'a/', 'a/b', '/a/b/', '//a//b//', 'a/./b', 'a/../b',
           '../a', '/../a', '/a/..', 'a/b/../../..', './', '.', '..', '.a', '..a', 'a.b.c', 'a/.b',
           'a.b/c', 'a/b.', '/x/y.tar.gz', '...', 'a..', '//x/../y', '///x/./y/', 'a/b//c/.//d',
           '.bashrc', '/.x.y', 'a/..b', 'x/...y']

for s in samples:
    for p in (s, s.encode()):
        print(repr(p), path.split(p), path.splitext(p), path.basename(p), path.dirname(p),
              path.normpath(p), path.isabs(p), path.splitdrive(p), path.normcase(p))

joins = [('a',), ('a', 'b'), ('a/', 'b'), ('a', '/b'), ('a', ''), ('', 'a'), ('', ''),
         ('/', 'a', 'b/', 'c'), ('a', 'b', '/c', 'd'), ('a//', '//b'), ('', '', 'x')]
for j in joins:
    print(j, repr(path.join(*j)), repr(path.join(*[x.encode() for x in j])))

print(path.commonprefix([]))
print(path.commonprefix(['/usr/lib', '/usr/local/lib']))
print(path.commonprefix(['abc', 'abd', 'ab']))
print(path.commonprefix([b'abc', b'abx']))
print(path.commonprefix([['a', 'b', 'c'], ['a', 'b', 'd']]))
print(path.commonprefix([('a', 1), ('a', 2)]))
print(path.commonprefix(['same']))

for group in (['/usr/lib', '/usr/local/lib'], ['/usr/lib/', '/usr/lib'], ['a/b', 'a/c'],
              ['a', 'b'], ['/a', '/b'], ['/'], ['a/./b', 'a/b/c'], ['//a', '/a/b'],
              ['a/../b', 'a/../c'], ('x/y', 'x/y/z'), ['.', 'a']):
    print(group, repr(path.commonpath(group)),
          repr(path.commonpath([g.encode() for g in group])))


class P:
    def __init__(self, s):
        self.s = s

    def __fspath__(self):
        return self.s


print(path.join(P('a'), P('b')), path.basename(P('x/y')), path.split(P(b'a/b')))
print(path.normpath(P('a//b/../c')), path.splitext(P('f.txt')), path.isabs(P('/x')))
print(path.commonpath([P('/a/b'), '/a/c']))
