# os.path argument errors: wrong types, str/bytes mixtures, empty input.
from os import path


def check(name, *args):
    f = getattr(path, name)
    try:
        print(name, repr(f(*args)))
    except Exception as e:
        print(name, type(e).__name__, e)


for name in ('split', 'splitext', 'basename', 'dirname', 'normpath', 'isabs', 'normcase',
             'abspath', 'realpath', 'expanduser', 'expandvars', 'relpath', 'splitdrive'):
    check(name, 12)
    check(name, None)

check('join', 1)
check('join', 'a', 1)
check('join', 'a', None)
check('join', 'a', b'b')
check('join', b'a', 'b')
check('join', 'a', 'b', b'c')
check('relpath', 'a', b'b')
check('relpath', b'a', 'b')
check('relpath', '')
check('relpath', b'')
check('commonpath', [])
check('commonpath', ())
check('commonpath', ['/a', 'b'])
check('commonpath', ['a', '/b'])
check('commonpath', ['/a', b'/b'])
check('commonpath', [b'a', 'b'])
check('commonpath', [1])
check('commonpath', ['a', 1])
check('commonprefix', [1, 2])
check('commonprefix', [])
check('commonprefix', ())


class Bad:
    def __fspath__(self):
        return 3


check('basename', Bad())
check('join', 'a', Bad())
for name in ('exists', 'lexists', 'isfile', 'isdir', 'islink', 'ismount'):
    check(name, 'a\0b')
    check(name, '/no/such/file/here')


class PB:
    def __fspath__(self):
        return b'x'


check('join', 'a', PB())
check('join', b'a', PB())
check('join', PB(), 'a')
