# shutil: high-level file operations: copying files and trees, moving,
# removing trees, which, disk_usage (when os.statvfs exists), terminal size.
import os
from stat import S_IMODE, S_ISDIR, S_ISFIFO, S_ISLNK

COPY_BUFSIZE = 65536


class Error(OSError):
    pass


class SameFileError(Error):
    pass


class SpecialFileError(OSError):
    pass


def copyfileobj(fsrc, fdst, length=0):
    n = length or COPY_BUFSIZE
    while True:
        b = fsrc.read(n)
        if not b:
            return
        fdst.write(b)


def _same(src, dst):
    try:
        a = os.stat(src)
        b = os.stat(dst)
    except OSError:
        return False
    return a.st_ino == b.st_ino and a.st_dev == b.st_dev


def copyfile(src, dst, *, follow_symlinks=True):
    if _same(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for fn in (src, dst):
        # (as CPython, before opening: a bad dst type fails here)
        try:
            st = os.stat(fn)
        except OSError:
            continue
        if S_ISFIFO(st.st_mode):
            raise SpecialFileError("`%s` is a named pipe" % fn)
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, "rb") as fs:
        try:
            fd = open(dst, "wb")
        except IsADirectoryError:
            # ('d/' that does not exist: Linux says EISDIR)
            if not os.path.exists(dst):
                raise FileNotFoundError("Directory does not exist: %s" % dst)
            raise
        with fd:
            copyfileobj(fs, fd)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    os.chmod(dst, S_IMODE(os.stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    st = os.stat(src)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.chmod(dst, S_IMODE(st.st_mode))


def _target(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    dst = _target(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    dst = _target(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst)
    return dst


def ignore_patterns(*patterns):
    import fnmatch

    def ignore(path, names):
        return {n for n in names for p in patterns if fnmatch.fnmatch(n, p)}
    return ignore


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    names = sorted(os.listdir(src))
    skip = ignore(os.fspath(src), names) if ignore is not None else ()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in skip:
            continue
        s = os.path.join(src, name)
        d = os.path.join(dst, name)
        try:
            if os.path.islink(s) and symlinks:
                os.symlink(os.readlink(s), d)
            elif os.path.isdir(s):
                copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks,
                         dirs_exist_ok)
            else:
                copy_function(s, d)
        except Error as e:
            errors.extend(e.args[0])
        except OSError as e:
            errors.append((s, d, str(e)))
    try:
        copystat(src, dst)
    except OSError as e:
        errors.append((src, dst, str(e)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(func, p, exc):
            raise exc[1]

    def walk(p):
        try:
            names = os.listdir(p)
        except OSError as e:
            onerror(os.listdir, p, (type(e), e, None))
            names = []
        for n in names:
            full = os.path.join(p, n)
            try:
                isdir = S_ISDIR(os.lstat(full).st_mode)
            except OSError:
                isdir = False
            if isdir:
                walk(full)
            else:
                try:
                    os.unlink(full)
                except OSError as e:
                    onerror(os.unlink, full, (type(e), e, None))
        try:
            os.rmdir(p)
        except OSError as e:
            onerror(os.rmdir, p, (type(e), e, None))

    try:
        st = os.lstat(path)
    except OSError as e:
        onerror(os.lstat, path, (type(e), e, None))
        return
    if S_ISLNK(st.st_mode):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError as e:
            onerror(os.path.islink, path, (type(e), e, None))
        return
    walk(path)


def move(src, dst, copy_function=copy2):
    real = dst
    if os.path.isdir(dst):
        if _same(src, dst):
            # (a rename that changes case only: CPython returns None here)
            os.rename(src, dst)
            return
        real = os.path.join(dst, os.path.basename(src.rstrip("/")))
        if os.path.exists(real):
            raise Error("Destination path '%s' already exists" % real)
    try:
        os.rename(src, real)
    except OSError:
        if os.path.islink(src):
            os.symlink(os.readlink(src), real)
            os.unlink(src)
        elif os.path.isdir(src):
            a, b = (os.path.join(os.path.abspath(p), '') for p in (src, dst))
            if b.startswith(a):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real)
            os.unlink(src)
    return real


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    def ok(f):
        return os.path.exists(f) and os.access(f, mode) and not os.path.isdir(f)
    if os.path.dirname(cmd):
        return cmd if ok(cmd) else None
    if path is None:
        path = os.environ.get("PATH", None) or os.defpath
    if not path:
        return None
    seen = set()
    for d in path.split(os.pathsep):
        if d not in seen:
            seen.add(d)
            f = os.path.join(d, cmd)
            if ok(f):
                return f
    return None


if hasattr(os, "statvfs"):
    from collections import namedtuple
    _ntuple_diskusage = namedtuple("usage", "total used free")

    def disk_usage(path):
        st = os.statvfs(path)
        free = st.f_bavail * st.f_frsize
        total = st.f_blocks * st.f_frsize
        return _ntuple_diskusage(total, (st.f_blocks - st.f_bfree) * st.f_frsize, free)


def get_terminal_size(fallback=(80, 24)):
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ["LINES"])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(1)
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))
