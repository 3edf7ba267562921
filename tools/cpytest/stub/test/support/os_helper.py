# cpytest stub: file-system helpers
import os
import unittest
import contextlib

TESTFN_ASCII = '@test_%d_tmp' % os.getpid()
TESTFN = TESTFN_ASCII
TESTFN_UNICODE = TESTFN_ASCII + '-\xe0\xf2\u0258'
TESTFN_NONASCII = TESTFN_ASCII + '-\xe6'
TESTFN_UNENCODABLE = None
TESTFN_UNDECODABLE = None
FS_NONASCII = '\xe6'
SAVEDCWD = os.getcwd()


def unlink(filename):
    try:
        os.unlink(filename)
    except OSError:
        pass


def rmdir(dirname):
    try:
        os.rmdir(dirname)
    except OSError:
        pass


def rmtree(path):
    try:
        st = os.lstat(path)
    except OSError:
        return
    if (st[0] & 0o170000) == 0o040000:
        for name in os.listdir(path):
            rmtree(os.path.join(path, name))
        rmdir(path)
    else:
        unlink(path)


def create_empty_file(filename):
    with open(filename, 'w'):
        pass


def make_bad_fd():
    fd = os.open(TESTFN, os.O_WRONLY | os.O_CREAT)
    os.close(fd)
    unlink(TESTFN)
    return fd


_can_symlink = None


def can_symlink():
    global _can_symlink
    if _can_symlink is None:
        src = TESTFN + '-lnk-src'
        dst = TESTFN + '-lnk'
        try:
            os.symlink(src, dst)
            _can_symlink = True
            unlink(dst)
        except (OSError, AttributeError, NotImplementedError):
            _can_symlink = False
    return _can_symlink


def skip_unless_symlink(test):
    return test if can_symlink() else unittest.skip('requires symlinks')(test)


def can_chmod():
    return hasattr(os, 'chmod')


def skip_unless_working_chmod(test):
    return test if can_chmod() else unittest.skip('requires chmod')(test)


def skip_if_dac_override(test):
    getuid = getattr(os, 'getuid', None)
    if getuid is not None and getuid() == 0:
        return unittest.skip('running as root')(test)
    return test


def skip_unless_xattr(test):
    return unittest.skip('xattr')(test)


def skip_unless_dac_override(test):
    return test


@contextlib.contextmanager
def temp_dir(path=None, quiet=False):
    import tempfile
    if path is None:
        path = tempfile.mkdtemp()
        made = True
    else:
        os.mkdir(path)
        made = True
    try:
        yield os.path.realpath(path) if hasattr(os.path, 'realpath') else path
    finally:
        if made:
            rmtree(path)


@contextlib.contextmanager
def change_cwd(path, quiet=False):
    saved = os.getcwd()
    os.chdir(path)
    try:
        yield os.getcwd()
    finally:
        os.chdir(saved)


@contextlib.contextmanager
def temp_cwd(name='tempcwd', quiet=False):
    with temp_dir(path=name, quiet=quiet) as d:
        with change_cwd(d, quiet=quiet) as cwd:
            yield cwd


@contextlib.contextmanager
def temp_umask(umask):
    old = os.umask(umask)
    try:
        yield
    finally:
        os.umask(old)


def fs_is_case_insensitive(directory):
    return False


class FakePath:
    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return '<FakePath %r>' % (self.path,)

    def __fspath__(self):
        if isinstance(self.path, BaseException) or (
                isinstance(self.path, type) and issubclass(self.path, BaseException)):
            raise self.path
        return self.path


class EnvironmentVarGuard:
    # changes os.environ and puts it back on exit
    def __init__(self):
        self._environ = os.environ
        self._changed = {}

    def __getitem__(self, name):
        return self._environ[name]

    def __setitem__(self, name, value):
        if name not in self._changed:
            self._changed[name] = self._environ.get(name)
        self._environ[name] = value

    def __delitem__(self, name):
        if name not in self._changed:
            self._changed[name] = self._environ.get(name)
        if name in self._environ:
            del self._environ[name]

    def __contains__(self, name):
        return name in self._environ

    def __iter__(self):
        return iter(self._environ)

    def __len__(self):
        return len(self._environ)

    def keys(self):
        return self._environ.keys()

    def get(self, name, default=None):
        return self._environ.get(name, default)

    def set(self, name, value):
        self[name] = value

    def unset(self, name):
        del self[name]

    def copy(self):
        return dict(self._environ)

    def items(self):
        return self._environ.items()

    def clear(self):
        for k in list(self._environ.keys()):
            del self[k]

    def update(self, other=(), **kw):
        for k, v in dict(other, **kw).items():
            self[k] = v

    def __enter__(self):
        return self

    def __exit__(self, *a):
        for k, v in self._changed.items():
            if v is None:
                if k in self._environ:
                    del self._environ[k]
            else:
                self._environ[k] = v
        self._changed = {}


def fd_count():
    try:
        return len(os.listdir('/proc/self/fd')) - 1
    except OSError:
        return 0
