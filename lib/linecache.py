# Lines of source files, read once and kept (as CPython's linecache): what
# tracebacks, warnings and libraries such as attrs ask for by file and line.
# No module loaders here: a file is found on disk, directly or on sys.path.
import os
import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

# filename -> (size, mtime, lines, fullname); mtime None for lines that were
# put here by hand (they are never checked against the disk).
cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    names = list(cache) if filename is None else [filename]
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _find(filename):
    # The file and its stat, trying sys.path for a relative name.
    try:
        return filename, os.stat(filename)
    except (OSError, ValueError):
        pass
    if os.path.isabs(filename):
        return None
    for folder in sys.path:
        if not isinstance(folder, str):
            continue
        full = os.path.join(folder, filename)
        try:
            return full, os.stat(full)
        except (OSError, ValueError):
            pass
    return None


def updatecache(filename, module_globals=None):
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    found = _find(filename)
    if found is None:
        return []
    fullname, st = found
    try:
        with open(fullname, encoding='utf-8', errors='replace') as f:
            lines = f.readlines()
    except (OSError, UnicodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = st.st_size, st.st_mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    # Loaders (zip imports and the like) are not supported: only a lazy entry
    # already made counts.
    entry = cache.get(filename)
    return entry is not None and len(entry) == 1
