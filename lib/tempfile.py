# tempfile: temporary files and directories (mkstemp, mkdtemp,
# NamedTemporaryFile, TemporaryFile, TemporaryDirectory, SpooledTemporaryFile).
import os

tempdir = None
template = "tmp"
_chars = "abcdefghijklmnopqrstuvwxyz0123456789_"


def gettempdir():
    global tempdir
    if tempdir is None:
        for d in (os.getenv("TMPDIR"), os.getenv("TEMP"), os.getenv("TMP"), "/tmp", "/var/tmp",
                  "/usr/tmp", os.getcwd()):
            if d and os.path.isdir(d) and os.access(d, os.W_OK | os.X_OK):
                tempdir = os.path.abspath(d)
                break
        else:
            raise FileNotFoundError(2, "No usable temporary directory found")
    return tempdir


def gettempdirb():
    return os.fsencode(gettempdir())


def gettempprefix():
    return template


def _names(suffix, prefix, dir):
    if dir is None:
        dir = gettempdir()
    if prefix is None:
        prefix = template
    if suffix is None:
        suffix = ""
    for i in range(10000):
        r = os.urandom(8)
        yield os.path.join(dir, prefix + "".join(_chars[b % 37] for b in r) + suffix)
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    for name in _names(suffix, prefix, dir):
        try:
            fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(name)


def mkdtemp(suffix=None, prefix=None, dir=None):
    for name in _names(suffix, prefix, dir):
        try:
            os.mkdir(name, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(name)


def mktemp(suffix="", prefix=template, dir=None):
    for name in _names(suffix, prefix, dir):
        if not os.path.exists(name):
            return name


class _TempFile:
    # A file object that removes its file (if named) when closed.
    def __init__(self, file, name, delete):
        self.file = file
        self.name = name
        self.delete = delete

    def __getattr__(self, attr):
        return getattr(self.file, attr)

    def __iter__(self):
        return iter(self.file)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        if not self.file.closed:
            self.file.close()
            if self.delete and isinstance(self.name, str):
                try:
                    os.unlink(self.name)
                except OSError:
                    pass

    def __del__(self):
        self.close()


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        f = open(fd, mode, buffering, encoding=encoding, newline=newline)
    except BaseException:
        os.close(fd)
        os.unlink(name)
        raise
    return _TempFile(f, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    fd, name = mkstemp(suffix, prefix, dir)
    os.unlink(name)
    try:
        return open(fd, mode, buffering, encoding=encoding, newline=newline)
    except BaseException:
        os.close(fd)
        raise


class TemporaryDirectory:
    __class_getitem__ = classmethod(type(list[int]))  # Queue[int] (PEP 585)
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore = ignore_cleanup_errors

    def __repr__(self):
        return "<%s %r>" % (type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, *exc):
        self.cleanup()

    def cleanup(self):
        if self.name is not None and os.path.exists(self.name):
            import shutil
            shutil.rmtree(self.name, ignore_errors=self._ignore)


class SpooledTemporaryFile:
    __class_getitem__ = classmethod(type(list[int]))  # Queue[int] (PEP 585)
    # Kept in memory (StringIO/BytesIO) until it grows past max_size.
    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        import io
        self._file = io.BytesIO() if "b" in mode else io.StringIO()
        self._max = max_size
        self._rolled = False
        self._args = (mode, buffering, encoding, newline, suffix, prefix, dir)
        self.mode = mode

    def rollover(self):
        if self._rolled:
            return
        old = self._file
        m, b, e, n, s, p, d = self._args
        self._file = TemporaryFile(m, b, e, n, s, p, d)
        self._file.write(old.getvalue())
        self._file.seek(old.tell(), 0)
        self._rolled = True

    def write(self, s):
        r = self._file.write(s)
        if self._max and self._file.tell() > self._max:
            self.rollover()
        return r

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __getattr__(self, attr):
        return getattr(self._file, attr)

    def __iter__(self):
        return iter(self._file)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def name(self):
        return self._file.name if self._rolled else None
