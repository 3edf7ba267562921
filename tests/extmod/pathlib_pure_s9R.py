# pathlib pure paths: parsing, joining, properties, comparisons, errors
from pathlib import PurePath, PurePosixPath, Path, PosixPath

def show(p):
    print(repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor),
          repr(p.name), repr(p.stem), repr(p.suffix), p.suffixes, p.is_absolute())

for s in ['', '.', '/', '//', '///', 'a', 'a/b', '/a/b/', '//a', '///a//b/./c',
          'a/./b/../c', 'a.txt', 'a.tar.gz', '.bashrc', '.a.b', 'a.', 'a..', '..',
          '/x/y.z/w', 'dir.d/', 'x/.hidden.tar.gz', 'a b/c d.e']:
    show(PurePath(s))

# several parts, absolute part resets
for args in [(), ('a', 'b'), ('a', '/b', 'c'), ('/a', '', 'b'), ('a', '//b'),
             (PurePath('x/y'), 'z'), ('p', Path('/q'))]:
    print(args, PurePosixPath(*args))

class FP:
    def __init__(self, s): self.s = s
    def __fspath__(self): return self.s
print(PurePath(FP('f/g'), 'h'), Path('a') / FP('b'), FP('c') / PurePath('d'))

for bad in [1, None, b'bytes', FP(b'b'), 3.5]:
    try:
        PurePath('a', bad)
    except TypeError:
        print('TypeError', type(bad).__name__)

# types
print(type(PurePath('a')).__name__, type(Path('a')).__name__, type(PosixPath('a')).__name__)
print(isinstance(Path('a'), PurePath), isinstance(Path('a'), PurePosixPath))
print(type(PurePath('a') / 'b').__name__, type('b' / Path('a')).__name__)
print(type(Path('a').parent).__name__, type(Path('/a/b').parents[0]).__name__)
print(type(PurePosixPath('a').joinpath('b', 'c')).__name__, PurePosixPath('a').joinpath('b', '/c', 'd'))

# division
p = PurePath('/usr')
print(p / 'bin' / 'python3', p / '/etc', 'root' / PurePath('x'), '/r' / PurePath('x'))
print(p / PurePath('a/b'), PurePath('a') / '')
for bad in [1, None, b'x']:
    try:
        p / bad
    except TypeError:
        print('TypeError /', type(bad).__name__)
    try:
        bad / p
    except TypeError:
        print('TypeError r/', type(bad).__name__)

# str/bytes/fspath
import os
q = PurePath('/a/b c/d')
print(str(q), bytes(q), os.fspath(q), q.__fspath__(), q.as_posix(), bytes(PurePath('é')))
print(repr(Path('x/y')), repr(PurePath()), repr(PurePosixPath('/')))

# equality, hash, ordering
print(PurePath('a/b') == PurePath('a//b/'), PurePath('a') == Path('a'), PurePath('a') == 'a')
print(PurePath('a') != PurePath('b'), PurePath('/a') == PurePath('//a'), PurePath('A') == PurePath('a'))
print(hash(PurePath('a/b')) == hash(PurePath('a/./b')), hash(Path('/x')) == hash(PurePath('/x')))
print(len({PurePath('a'), Path('a'), PurePath('./a'), PurePath('b')}))
print(PurePath('a') < PurePath('b'), PurePath('a/b') < PurePath('a'), PurePath('/z') < PurePath('a'),
      PurePath('a') <= PurePath('a'), PurePath('b') > PurePath('a/c'), PurePath('a') >= PurePath('a/b'))
print(sorted([PurePath('b'), PurePath('/x'), PurePath('a/c'), PurePath('a'), PurePath('a/b')]))
for op in ['<', '<=', '>', '>=']:
    try:
        eval('PurePath("a") ' + op + ' "a"')
    except TypeError:
        print('TypeError', op)

# parent / parents
for s in ['/a/b/c', 'a/b', 'a', '.', '/', '//x/y']:
    p = PurePath(s)
    ps = p.parents
    print(s, p.parent, p.parent.parent, len(ps), list(ps), list(reversed(ps)) if len(ps) else [])
ps = PurePath('/a/b/c/d').parents
print(ps[0], ps[-1], ps[-2], ps[1:3], ps[::-1], ps[:0], ps[-3:])
print(PurePath('/a') in ps, PurePath('/z') in ps, ps.index(PurePath('/a/b')), ps.count(PurePath('/')))
for i in [4, -5, 10]:
    try:
        ps[i]
    except IndexError as e:
        print('IndexError', e)
try:
    ps['x']
except TypeError:
    print('TypeError parents[str]')
try:
    ps.index(PurePath('q'))
except ValueError:
    print('ValueError index')
print(repr(Path('a').parents), repr(PurePath('a').parents))
p = PurePath('/')
print(p.parent is p, PurePath('.').parent is PurePath('.'))
