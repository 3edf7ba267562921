# glob: find path names matching a shell wildcard pattern.
# The pattern is cut at '/' into components; components without wildcards
# are taken as they are, the others are matched with fnmatch against the
# directory listing. '**' (recursive=True) stands for any number of nested
# directories. Names starting with '.' only match a component that starts
# with '.' too, unless include_hidden=True. Results come in directory order
# (the operating system's), like CPython.
import os
import re
import fnmatch

__all__ = ['glob', 'iglob', 'escape', 'has_magic']

_MAGIC = re.compile('[*?[]')
_MAGIC_B = re.compile(b'[*?[]')
_S_IFMT = 0o170000
_S_IFDIR = 0o040000


def has_magic(s):
    if isinstance(s, (bytes, bytearray)):
        return _MAGIC_B.search(s) is not None
    return _MAGIC.search(s) is not None


def escape(pathname):
    # Wrap each special character in brackets so it stands for itself.
    if isinstance(pathname, (bytes, bytearray)):
        return escape(bytes(pathname).decode('latin-1')).encode('latin-1')
    out = []
    for c in pathname:
        out.append('[' + c + ']' if c in '*?[' else c)
    return ''.join(out)


def _is_dir(path):
    try:
        return (os.stat(path or '.')[0] & _S_IFMT) == _S_IFDIR
    except OSError:
        return False


def _exists(path):
    # lexists: a dangling symbolic link still counts
    try:
        os.lstat(path)
        return True
    except OSError:
        return False


def _join(a, b):
    if not a:
        return b
    if a.endswith('/'):
        return a + b
    return a + '/' + b


def _names(directory):
    try:
        return os.listdir(directory or '.')
    except OSError:
        return []


def _hidden(name):
    return name[:1] == '.'


class _Search:
    # One glob() call: the pattern components and the options.
    def __init__(self, root, recursive, hidden):
        self.root = root
        self.recursive = recursive
        self.hidden = hidden

    def real(self, rel):
        # path on disk for a result path relative to root_dir
        if self.root is None or rel.startswith('/'):
            return rel
        return _join(self.root, rel) if rel else self.root

    def listing(self, rel, dirs_only):
        for name in _names(self.real(rel)):
            if dirs_only and not _is_dir(self.real(_join(rel, name))):
                continue
            yield name

    def below(self, rel, dirs_only):
        # everything under rel (depth first), as paths relative to rel
        for name in self.listing(rel, False):
            if _hidden(name) and not self.hidden:
                continue
            path = _join(rel, name)
            is_dir = _is_dir(self.real(path))
            if is_dir or not dirs_only:
                yield name
            if is_dir:
                for sub in self.below(path, dirs_only):
                    yield name + '/' + sub

    def expand(self, base, parts, first):
        # base: the path built so far; parts: components still to match.
        if not parts:
            yield base
            return
        comp = parts[0]
        rest = parts[1:]
        last = not rest
        # a trailing '' component (pattern ended with '/') wants directories
        dirs_only = bool(rest)
        if comp == '':
            if self._check_dir(base):
                yield base + '/' if base and not base.endswith('/') else base
            return
        if self.recursive and comp == '**':
            found = []
            if not first or not last:
                found.append('')
            for sub in self.below(base, dirs_only):
                found.append(sub)
            for sub in found:
                if sub == '':
                    if rest:
                        yield from self.expand(base, rest, False)
                    elif base:
                        yield _join(base, '')
                else:
                    yield from self.expand(_join(base, sub), rest, False)
            return
        if not has_magic(comp):
            path = _join(base, comp)
            if last:
                if _exists(self.real(path)):
                    yield path
            else:
                yield from self.expand(path, rest, False)
            return
        show_hidden = self.hidden or _hidden(comp)
        for name in fnmatch.filter(list(self.listing(base, dirs_only)), comp):
            if _hidden(name) and not show_hidden:
                continue
            yield from self.expand(_join(base, name), rest, False)

    def _check_dir(self, path):
        return _is_dir(self.real(path))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    if dir_fd is not None:
        raise NotImplementedError('dir_fd is not supported')
    if isinstance(pathname, (bytes, bytearray)):
        root = root_dir.decode() if isinstance(root_dir, bytes) else root_dir
        for p in iglob(bytes(pathname).decode(), root_dir=root, recursive=recursive,
                       include_hidden=include_hidden):
            yield p.encode()
        return
    if root_dir is not None and not isinstance(root_dir, str):
        root_dir = str(root_dir)
    if not pathname:
        return
    search = _Search(root_dir, recursive, include_hidden)
    if pathname.startswith('/'):
        # keep the leading slashes as written
        k = 0
        while k < len(pathname) and pathname[k] == '/':
            k += 1
        base = pathname[:k]
        rest = pathname[k:]
        if not rest:
            if _exists(base):
                yield base
            return
    else:
        base = ''
        rest = pathname
    parts = [p for p in rest.split('/')]
    # collapse empty components from doubled slashes, keep a trailing one
    cleaned = [p for p in parts[:-1] if p] + [parts[-1]]
    if not has_magic(rest):
        # no wildcard at all: the path itself, if it exists
        full = base + rest
        if rest.endswith('/'):
            if _is_dir(search.real(full)):
                yield full
        elif _exists(search.real(full)):
            yield full
        return
    for found in search.expand(base, cleaned, True):
        if found:
            yield found


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))
