# pathlib: object-oriented file system paths (POSIX flavour only).
# A path is kept as its root ('', '/' or '//': POSIX keeps exactly two
# leading slashes) and a tuple of non-empty components without '.'.
import os
from errno import ENOENT, ENOTDIR, EBADF, ELOOP

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath', 'WindowsPath']


def _parse(args):
    strs = []
    for a in args:
        if not isinstance(a, PurePath):
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError("argument should be a str object or an os.PathLike "
                                "object returning str, not %r" % type(a))
        strs.append(str(a))
    parts = []
    for a in reversed(strs):
        root = ''
        if a[:1] == '/':
            s = a.lstrip('/')
            root = '//' if len(a) - len(s) == 2 else '/'
            a = s
        parts[:0] = [x for x in a.split('/') if x and x != '.']
        if root:
            return root, tuple(parts)
    return '', tuple(parts)


def _make(cls, root, parts):
    p = object.__new__(cls)
    p._root = root
    p._parts = tuple(parts)
    return p


class _Parents:
    def __init__(self, p):
        self._p = p

    def __len__(self):
        return len(self._p._parts)

    def __getitem__(self, i):
        n = len(self)
        if isinstance(i, slice):
            return tuple(self[j] for j in range(*i.indices(n)))
        if i >= n or i < -n:
            raise IndexError(i)
        if i < 0:
            i += n
        p = self._p
        return _make(type(p), p._root, p._parts[:n - i - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def index(self, v):
        for i, x in enumerate(self):
            if x == v:
                return i
        raise ValueError

    def count(self, v):
        return list(self).count(v)

    def __repr__(self):
        return '<%s.parents>' % type(self._p).__name__


class PurePath:
    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return _make(cls, *_parse(args))

    def __str__(self):
        return self._root + '/'.join(self._parts) or '.'

    as_posix = __fspath__ = __str__

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def _full(self):
        return ((self._root,) if self._root else ()) + self._parts

    def __hash__(self):
        return hash(self._full())

    def _cmp(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return other._full()

    def __eq__(self, other):
        o = self._cmp(other)
        return o if o is NotImplemented else self._full() == o

    def __lt__(self, other):
        o = self._cmp(other)
        return o if o is NotImplemented else self._full() < o

    def __le__(self, other):
        o = self._cmp(other)
        return o if o is NotImplemented else self._full() <= o

    def __gt__(self, other):
        o = self._cmp(other)
        return o if o is NotImplemented else self._full() > o

    def __ge__(self, other):
        o = self._cmp(other)
        return o if o is NotImplemented else self._full() >= o

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return type(self)(self, *args)

    drive = ''

    @property
    def root(self):
        return self._root

    anchor = root

    @property
    def parts(self):
        return self._full()

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        n = self.name
        i = n.rfind('.')
        return n[i:] if 0 < i < len(n) - 1 else ''

    @property
    def suffixes(self):
        n = self.name
        if n.endswith('.'):
            return []
        return ['.' + s for s in n.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        n = self.name
        i = n.rfind('.')
        return n[:i] if 0 < i < len(n) - 1 else n

    @property
    def parent(self):
        if not self._parts:
            return self
        return _make(type(self), self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def as_uri(self):
        if not self._root:
            raise ValueError("relative path can't be expressed as a file URI")
        out = 'file://'
        for b in bytes(self):
            c = chr(b)
            out += c if c.isalnum() and b < 128 or c in '/_.-~' else '%%%02X' % b
        return out

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or name[-1] == '/' or name[0] == '/' or len(_parse((name,))[1]) != 1:
            raise ValueError('Invalid name %r' % name)
        return _make(type(self), self._root, self._parts[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and suffix[0] != '.' or suffix == '.':
            raise ValueError('Invalid suffix %r' % suffix)
        n = self.name
        if not n:
            raise ValueError('%r has an empty name' % (self,))
        s = self.suffix
        n = (n[:-len(s)] if s else n) + suffix
        return _make(type(self), self._root, self._parts[:-1] + (n,))

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        o = type(self)(*other)
        mine, theirs = self._full(), o._full()
        n = len(theirs)
        if self._root if n == 0 else mine[:n] != theirs:
            raise ValueError('%r is not in the subpath of %r OR one path is relative '
                             'and the other is absolute.' % (str(self), o._root + '/'.join(o._parts)))
        return _make(type(self), '', mine[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, pattern):
        import fnmatch
        r, pat = _parse((pattern,))
        if not (r or pat):
            raise ValueError('empty pattern')
        if r:
            if r != self._root or len(pat) != len(self._parts):
                return False
        parts = self._full()
        if len(pat) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    pass


def _ok(e):
    # errors that mean "no such file" for the is_*/exists tests
    return isinstance(e, ValueError) or e.errno in (ENOENT, ENOTDIR, EBADF, ELOOP)


def _dirs(p):
    try:
        return list(os.scandir(p))
    except PermissionError:
        return []


def _select(parent, pats):
    if not pats or not pats[0]:
        yield parent
        return
    pat, rest = pats[0], pats[1:]
    if pat == '**':
        seen = set()
        todo = [parent]
        while todo:
            d = todo.pop()
            for p in _select(d, rest):
                if p not in seen:
                    seen.add(p)
                    yield p
            todo += [d / e.name for e in reversed(_dirs(d))
                     if e.is_dir() and not e.is_symlink()]
    elif '*' in pat or '?' in pat or '[' in pat:
        import fnmatch
        for e in _dirs(parent):
            if (not rest or e.is_dir()) and fnmatch.fnmatchcase(e.name, pat):
                yield from _select(parent / e.name, rest)
    else:
        p = parent / pat
        if p.is_dir() if rest else p.exists():
            yield from _select(p, rest)


class Path(PurePath):
    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        if cls is WindowsPath:
            raise NotImplementedError('cannot instantiate %r on your system' % cls.__name__)
        return _make(cls, *_parse(args))

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls('~').expanduser()

    def expanduser(self):
        if not self._root and self._parts and self._parts[0][:1] == '~':
            h = os.path.expanduser(self._parts[0])
            if h[:1] == '~':
                raise RuntimeError('Could not determine home directory.')
            return type(self)(h, *self._parts[1:])
        return self

    def absolute(self):
        return self if self._root else type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        return type(self)(os.path.realpath(str(self), strict=strict))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def _mode(self, kind, stat=os.stat):
        try:
            m = stat(self).st_mode
        except (OSError, ValueError) as e:
            if not _ok(e):
                raise
            return False
        return kind is None or m & 0o170000 == kind

    def exists(self):
        return self._mode(None)

    def is_dir(self):
        return self._mode(0o040000)

    def is_file(self):
        return self._mode(0o100000)

    def is_symlink(self):
        return self._mode(0o120000, os.lstat)

    def is_fifo(self):
        return self._mode(0o010000)

    def is_socket(self):
        return self._mode(0o140000)

    def is_block_device(self):
        return self._mode(0o060000)

    def is_char_device(self):
        return self._mode(0o020000)

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other):
        if not isinstance(other, Path):
            other = type(self)(other)
        return os.path.samestat(self.stat(), other.stat())

    def iterdir(self):
        for n in os.listdir(self):
            yield self / n

    def glob(self, pattern):
        return self._glob(pattern, ())

    def rglob(self, pattern):
        return self._glob(pattern, ('**',))

    def _glob(self, pattern, pats):
        # a generator, as in CPython: pattern errors show on the first next()
        if not (pattern or pats):
            raise ValueError('Unacceptable pattern: %r' % (pattern,))
        r, p = _parse((pattern,))
        if r:
            raise NotImplementedError('Non-relative patterns are unsupported')
        pats += p + (('',) if pattern[-1:] == '/' else ())
        for x in pats:
            if '**' in x and x != '**':
                raise ValueError("Invalid pattern: '**' can only be an entire path component")
        if self.is_dir():
            yield from _select(self, pats)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        data = memoryview(data)
        with self.open('wb') as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
                return
            except OSError:
                pass
        os.close(os.open(self, os.O_CREAT | os.O_WRONLY | (0 if exist_ok else os.O_EXCL), mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, False, exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def hardlink_to(self, target):
        os.link(target, self)

    def readlink(self):
        return type(self)(os.readlink(self))


class PosixPath(Path, PurePosixPath):
    pass


class WindowsPath(Path):
    pass
