# os.path for POSIX systems, written for this interpreter on top of the
# built-in os module (stat/lstat tuples, getcwd, environ, readlink if the
# port has it). Every function takes str, bytes or an os.PathLike object
# and answers with the same type it was given, as CPython's does.

import os

__all__ = ['altsep', 'curdir', 'defpath', 'devnull', 'extsep', 'pardir',
           'pathsep', 'sep', 'supports_unicode_filenames',
           'abspath', 'basename', 'commonpath', 'commonprefix', 'dirname',
           'exists', 'expanduser', 'expandvars', 'getatime', 'getctime',
           'getmtime', 'getsize', 'isabs', 'isdir', 'isfile', 'islink',
           'ismount', 'join', 'lexists', 'normcase', 'normpath', 'realpath',
           'relpath', 'samefile', 'sameopenfile', 'samestat', 'split',
           'splitdrive', 'splitext']

sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False

# File-type bits of st_mode (the <sys/stat.h> values, identical on Linux
# and macOS).
_TYPE_MASK = 0o170000
_TYPE_DIR = 0o040000
_TYPE_REG = 0o100000
_TYPE_LNK = 0o120000


def _fspath(p):
    # os.fspath(), local so that the module works whether or not the os
    # module provides it.
    if isinstance(p, (str, bytes)):
        return p
    hook = getattr(type(p), '__fspath__', None)
    if hook is None:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(p).__name__)
    value = hook(p)
    if isinstance(value, (str, bytes)):
        return value
    raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                    % (type(p).__name__, type(value).__name__))


def _text(like, s):
    # The ASCII literal s in the string type of `like` (str or bytes).
    if isinstance(like, str):
        return s
    return s.encode()


def _mixed():
    return TypeError("Can't mix strings and bytes in path components")


def _all_alike(items):
    # Raise if the converted paths are not all str or all bytes.
    if items:
        want = isinstance(items[0], str)
        for item in items:
            if isinstance(item, str) != want:
                raise _mixed()


def _encode_like(like, s):
    # A str from the system (cwd, environment...) in the type of `like`.
    if isinstance(like, bytes) and isinstance(s, str):
        return s.encode()
    return s


def _decode(s):
    if isinstance(s, bytes):
        return s.decode()
    return s


# ---- pure string operations ----------------------------------------------

def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_text(s, '/'))


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def join(a, *p):
    out = _fspath(a)
    try:
        parts = [_fspath(piece) for piece in p]
        _all_alike([out] + parts)
    except TypeError:
        # Name the first argument that is not a plain str or bytes, if
        # any; otherwise the failure was a str/bytes mixture.
        for piece in p:
            if not isinstance(piece, (str, bytes)):
                raise TypeError("join() argument must be str, bytes, or "
                                "os.PathLike object, not '%s'" % type(piece).__name__)
        raise
    parts.insert(0, out)
    slash = _text(out, '/')
    # Everything before the last absolute component is discarded.
    first = 0
    for i in range(len(parts)):
        if parts[i].startswith(slash):
            first = i
    out = parts[first]
    for piece in parts[first + 1:]:
        if out and not out.endswith(slash):
            out += slash
        out += piece
    return out


def _strip_trailing(head, slash):
    # A directory part loses its trailing slashes unless it is only slashes.
    trimmed = head.rstrip(slash)
    return trimmed if trimmed else head


def split(p):
    p = _fspath(p)
    slash = _text(p, '/')
    cut = p.rfind(slash) + 1
    return _strip_trailing(p[:cut], slash), p[cut:]


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_text(p, '/')) + 1:]


def dirname(p):
    p = _fspath(p)
    slash = _text(p, '/')
    return _strip_trailing(p[:p.rfind(slash) + 1], slash)


def splitext(p):
    p = _fspath(p)
    dot = _text(p, '.')
    name_start = p.rfind(_text(p, '/')) + 1
    last_dot = p.rfind(dot)
    if last_dot > name_start:
        # Dots that open the name ('.bashrc', '..x') do not start a suffix.
        stem = p[name_start:last_dot]
        if stem.strip(dot):
            return p[:last_dot], p[last_dot:]
    return p, p[:0]


def normpath(path):
    path = _fspath(path)
    slash = _text(path, '/')
    if not path:
        return _text(path, '.')
    # POSIX keeps exactly two leading slashes (implementation-defined
    # meaning); one, or three and more, become a single root slash.
    root = path[:0]
    if path.startswith(slash):
        root = slash
        if path[1:2] == slash and path[2:3] != slash:
            root = slash + slash
    here = _text(path, '.')
    up = _text(path, '..')
    kept = []
    for part in path.split(slash):
        if not part or part == here:
            continue
        if part == up:
            if kept and kept[-1] != up:
                kept.pop()
                continue
            if root:
                continue  # nothing lies above the root
        kept.append(part)
    result = root + slash.join(kept)
    return result if result else here


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = [_fspath(x) for x in m]
    low = min(m)
    high = max(m)
    n = 0
    limit = min(len(low), len(high))
    while n < limit and low[n] == high[n]:
        n += 1
    return low[:n]


def _common_len(a, b):
    # Number of leading items equal in the lists a and b.
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def commonpath(paths):
    items = [_fspath(x) for x in paths]
    if not items:
        raise ValueError('commonpath() arg is an empty sequence')
    _all_alike(items)
    slash = _text(items[0], '/')
    here = _text(items[0], '.')
    rooted = items[0].startswith(slash)
    for item in items:
        if item.startswith(slash) != rooted:
            raise ValueError("Can't mix absolute and relative paths")
    shared = None
    for item in items:
        parts = [c for c in item.split(slash) if c and c != here]
        if shared is None:
            shared = parts
        else:
            del shared[_common_len(shared, parts):]
    return (slash if rooted else slash[:0]) + slash.join(shared)


# ---- operations that consult the process or the file system --------------

def _cwd_like(p):
    return _encode_like(p, os.getcwd())


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_cwd_like(path), path)
    return normpath(path)


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    path = _fspath(path)
    if start is None:
        start = _text(path, '.')
    else:
        start = _fspath(start)
    _all_alike([path, start])
    slash = _text(path, '/')
    src = [c for c in abspath(start).split(slash) if c]
    dst = [c for c in abspath(path).split(slash) if c]
    n = _common_len(src, dst)
    # Climb out of what is left of start, then descend into path.
    steps = [_text(path, '..')] * (len(src) - n) + dst[n:]
    if not steps:
        return _text(path, '.')
    return slash.join(steps)


class _LinkDone:
    # Marker left on realpath's work stack under the components of a link
    # target: popping it means the link at `where` is fully resolved.
    def __init__(self, where):
        self.where = where


def realpath(filename, *, strict=False):
    path = _fspath(filename)
    slash = _text(path, '/')
    if not path.startswith(slash):
        path = join(_cwd_like(path), path)
    reader = getattr(os, 'readlink', None)
    here = _text(path, '.')
    up = _text(path, '..')
    # `todo` holds the components still to walk, the next one last, mixed
    # with _LinkDone markers; `done` is the resolved prefix without its
    # trailing slash ('' stands for the root). `active` holds the links
    # whose targets are being walked: meeting one of them again is a loop.
    todo = path.split(slash)
    todo.reverse()
    done = path[:0]
    active = set()
    while todo:
        part = todo.pop()
        if isinstance(part, _LinkDone):
            active.discard(part.where)
            continue
        if not part or part == here:
            continue
        if part == up:
            done = done[:done.rfind(slash)]
            continue
        candidate = done + slash + part
        try:
            mode = os.lstat(candidate)[0]
        except OSError:
            if strict:
                raise
            done = candidate
            continue
        if mode & _TYPE_MASK != _TYPE_LNK or reader is None:
            done = candidate
            continue
        if candidate in active:
            if strict:
                import errno
                raise OSError(errno.ELOOP, 'Too many levels of symbolic links', candidate)
            # Non-strict: the looping link stays as it is and the rest of
            # the path is only tidied up lexically.
            rest = [x for x in todo if not isinstance(x, _LinkDone)]
            rest.reverse()
            return normpath(slash.join([candidate] + rest))
        active.add(candidate)
        todo.append(_LinkDone(candidate))
        target = reader(candidate)
        if target.startswith(slash):
            done = path[:0]
        pieces = target.split(slash)
        pieces.reverse()
        todo.extend(pieces)
    return done if done else slash


def _passwd_home(column, wanted):
    # Home directory (6th field) of the /etc/passwd entry whose field number
    # `column` equals `wanted`: 0 is the user name, 2 the uid. There is no
    # pwd module to ask.
    try:
        f = open('/etc/passwd')
    except OSError:
        return None
    try:
        for line in f:
            fields = line.rstrip('\n').split(':')
            if len(fields) >= 6 and fields[column] == wanted:
                return fields[5]
    finally:
        f.close()
    return None


def _my_uid():
    getuid = getattr(os, 'getuid', None)
    if getuid is not None:
        return getuid()
    # Linux without os.getuid: /proc/self belongs to the process's user.
    try:
        return os.stat('/proc/self')[4]
    except OSError:
        return None


def expanduser(path):
    path = _fspath(path)
    tilde = _text(path, '~')
    if not path.startswith(tilde):
        return path
    slash = _text(path, '/')
    end = path.find(slash, 1)
    if end < 0:
        end = len(path)
    if end == 1:
        home = os.environ.get('HOME') if hasattr(os, 'environ') else None
        if home is None:
            uid = _my_uid()
            if uid is None:
                return path
            home = _passwd_home(2, str(uid))
            if home is None:
                return path
    else:
        home = _passwd_home(0, _decode(path[1:end]))
        if home is None:
            return path
    home = _encode_like(path, home)
    home = home.rstrip(slash)
    return (home + path[end:]) or slash


_NAME_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'


def _name_char(s, i, is_bytes):
    # Variable names are ASCII letters, digits and underscores.
    c = chr(s[i]) if is_bytes else s[i]
    return c in _NAME_CHARS


def expandvars(path):
    path = _fspath(path)
    dollar = _text(path, '$')
    if dollar not in path:
        return path
    is_bytes = isinstance(path, bytes)
    lbrace = _text(path, '{')
    rbrace = _text(path, '}')
    env = os.environ
    out = []
    pos = 0
    n = len(path)
    while True:
        at = path.find(dollar, pos)
        if at < 0:
            break
        name = None
        if path[at + 1:at + 2] == lbrace:
            close = path.find(rbrace, at + 2)
            if close >= 0:
                name = path[at + 2:close]
                after = close + 1
        else:
            after = at + 1
            while after < n and _name_char(path, after, is_bytes):
                after += 1
            if after > at + 1:
                name = path[at + 1:after]
        if name is None:
            # A '$' that starts no reference is kept as it is; the scan goes
            # on with the character after it.
            out.append(path[pos:at + 1])
            pos = at + 1
            continue
        value = env.get(_decode(name))
        out.append(path[pos:at])
        if value is None:
            out.append(path[at:after])
        else:
            out.append(_encode_like(path, value))
        pos = after
    out.append(path[pos:])
    return path[:0].join(out)


def _stat(path):
    # os.stat, also for an open file descriptor (CPython's stat takes one;
    # ours does not, but /dev/fd/N names the same file on Linux and macOS).
    if isinstance(path, int) and not isinstance(path, bool):
        try:
            return os.stat('/dev/fd/%d' % path)
        except FileNotFoundError:
            import errno
            raise OSError(errno.EBADF, 'Bad file descriptor')
    return os.stat(path)


def exists(path):
    try:
        _stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode_is(stat_fn, path, kind):
    try:
        mode = stat_fn(path)[0]
    except (OSError, ValueError):
        return False
    return mode & _TYPE_MASK == kind


def isfile(path):
    return _mode_is(_stat, path, _TYPE_REG)


def isdir(s):
    return _mode_is(_stat, s, _TYPE_DIR)


def islink(path):
    return _mode_is(os.lstat, path, _TYPE_LNK)


def ismount(path):
    try:
        st = os.lstat(path)
    except (OSError, ValueError):
        return False
    if st[0] & _TYPE_MASK == _TYPE_LNK:
        return False
    p = _fspath(path)
    above = realpath(join(p, _text(p, '..')))
    try:
        st_above = os.lstat(above)
    except (OSError, ValueError):
        return False
    # A mount point lives on another device than its parent, or is the
    # root, whose parent is itself.
    return st[2] != st_above[2] or st[1] == st_above[1]


def getsize(filename):
    return _stat(filename)[6]


def _stat_time(filename, attr, index):
    st = _stat(filename)
    value = getattr(st, attr, None)
    if value is None:
        value = st[index]
    return float(value)


def getatime(filename):
    return _stat_time(filename, 'st_atime', 7)


def getmtime(filename):
    return _stat_time(filename, 'st_mtime', 8)


def getctime(filename):
    return _stat_time(filename, 'st_ctime', 9)


def samestat(s1, s2):
    return s1[1] == s2[1] and s1[2] == s2[2]


def samefile(f1, f2):
    return samestat(_stat(f1), _stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(_stat(fp1), _stat(fp2))



# os.supports_*: the os functions taking those arguments here (else None);
# os.PathLike, the ABC of objects with __fspath__.
def _os_supports(name):
    if name == 'PathLike':
        import abc, types

        class PathLike(abc.ABC):
            __class_getitem__ = classmethod(types.GenericAlias)

            @abc.abstractmethod
            def __fspath__(self):
                raise NotImplementedError

            @classmethod
            def __subclasshook__(cls, sub):
                if cls is PathLike:
                    for c in sub.__mro__:
                        if '__fspath__' in c.__dict__:
                            return c.__dict__['__fspath__'] is not None or NotImplemented
                return NotImplemented

        PathLike.__module__ = 'os'
        PathLike.__qualname__ = 'PathLike'
        os.PathLike = PathLike
        return PathLike
    s = {'supports_dir_fd': 'access chmod mkdir open stat symlink utime',
         'supports_fd': 'chdir chmod stat truncate utime',
         'supports_follow_symlinks': 'access link stat utime',
         'supports_effective_ids': 'access'}.get(name)
    if s:
        s = {getattr(os, f) for f in s.split()}
        setattr(os, name, s)
        return s
