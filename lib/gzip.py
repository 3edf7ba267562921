# gzip files (RFC 1952) over zlib. A GzipFile being read is decompressed whole
# on first use; text modes wrap it in io.TextIOWrapper.
import zlib, io, time, builtins

READ, WRITE = 1, 2


class BadGzipFile(OSError):
    pass


def _header(level, mtime, name=b""):
    return (b"\x1f\x8b\x08" + (b"\x08" if name else b"\x00") + int(mtime).to_bytes(4, "little")
            + (b"\x02" if level == 9 else b"\x04" if level == 1 else b"\x00") + b"\xff"
            + (name + b"\x00" if name else b""))


def compress(data, compresslevel=9, *, mtime=None):
    if mtime == 0:
        return zlib.compress(data, compresslevel, 31)
    return (_header(compresslevel, time.time() if mtime is None else mtime)
            + zlib.compress(data, compresslevel, -15)
            + (zlib.crc32(data).to_bytes(4, "little") + (len(data) & 0xFFFFFFFF).to_bytes(4, "little")))


_CUT = "Compressed file ended before the end-of-stream marker was reached"


def _inflate(data):
    # (the data of all members, whether the last member was complete)
    out = []
    data = bytes(data)
    while data:
        if data[:2] != b"\x1f\x8b":
            if len(data) < 2:
                break
            raise BadGzipFile("Not a gzipped file (%r)" % data[:2])
        d = zlib.decompressobj(31)
        out.append(d.decompress(data))
        if not d.eof:
            break
        data = d.unused_data.lstrip(b"\x00")
    return b"".join(out), not data


def decompress(data):
    out, whole = _inflate(data)
    if not whole:
        raise EOFError(_CUT)
    return out


class GzipFile:
    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=9, fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: %r" % mode)
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or "rb")
        if hasattr(filename, "__fspath__"):
            filename = filename.__fspath__()
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        mode = mode or getattr(fileobj, "mode", "rb")
        self.name = filename
        self.fileobj = fileobj
        self._buf = None
        if mode.startswith("r"):
            self.mode = READ
        elif mode[:1] in "wax":
            self.mode = WRITE
            self._c = zlib.compressobj(compresslevel, 8, -15, 9, 0)
            self._crc = self._size = 0
            name = filename.encode("latin-1") if isinstance(filename, str) else filename
            name = name.rsplit(b"/", 1)[-1]
            fileobj.write(_header(compresslevel, time.time() if mtime is None else mtime,
                                  name[:-3] if name.endswith(b".gz") else name))
        else:
            raise ValueError("Invalid mode: %r" % mode)

    @property
    def closed(self):
        return self.fileobj is None

    def _check(self, mode):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")
        if self.mode != mode:
            import errno
            raise OSError(errno.EBADF, ("read() on write-only" if mode == READ else "write() on read-only")
                          + " GzipFile object")

    def _reader(self):
        self._check(READ)
        if self._buf is None:
            raw = self.fileobj.read()
            # a truncated file still gives the data before the cut
            data, self._whole = _inflate(raw)
            self._buf = io.BytesIO(data)
            self.mtime = int.from_bytes(raw[4:8], "little")
        return self._buf

    mtime = None

    def fileno(self):
        return self.fileobj.fileno()

    def tell(self):
        self._check(self.mode)
        return self._reader().tell() if self.mode == READ else self._size

    def seek(self, offset, whence=0):
        if self.mode == READ:
            return self._reader().seek(offset, whence)
        # writing: only forward, filled with zero bytes
        if whence == 1:
            offset += self._size
        if whence not in (0, 1):
            raise ValueError("Seek from end not supported")
        if offset < self._size:
            raise OSError("Negative seek in write mode")
        self.write(bytes(offset - self._size))
        return self._size

    def read(self, size=-1):
        r = self._reader().read(size)
        if not self._whole and (size is None or size < 0 or len(r) < size):
            raise EOFError(_CUT)
        return r

    read1 = read

    def readline(self, size=-1):
        return self._reader().readline(size)

    def readlines(self, hint=-1):
        return self._reader().readlines(hint)

    def __iter__(self):
        return iter(self._reader())

    def peek(self, n=1):
        b = self._reader()
        p = b.tell()
        r = b.read(n)
        b.seek(p)
        return r

    def write(self, data):
        self._check(WRITE)
        if not isinstance(data, (bytes, bytearray)):
            # a bytes-like object only: bytes(5) or bytes([]) would pass
            data = bytes(memoryview(data))
        self._crc = zlib.crc32(data, self._crc)
        self._size += len(data)
        self.fileobj.write(self._c.compress(data))
        return len(data)

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check(self.mode)
        if self.mode == WRITE:
            self.fileobj.write(self._c.flush(zlib_mode))
            self.fileobj.flush()

    def close(self):
        f = self.fileobj
        if f is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                f.write(self._c.flush() + self._crc.to_bytes(4, "little")
                        + (self._size & 0xFFFFFFFF).to_bytes(4, "little"))
        finally:
            if self.myfileobj:
                self.myfileobj.close()
                self.myfileobj = None

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def __enter__(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed GzipFile object")
        return self

    def __exit__(self, *a):
        self.close()


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % mode)
    else:
        for k, v in (("encoding", encoding), ("errors", errors), ("newline", newline)):
            if v is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % k)
    if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
        f = GzipFile(filename, mode.replace("t", ""), compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        f = GzipFile(None, mode.replace("t", ""), compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    # text goes through the usual wrapper: newline translation as open()'s
    return io.TextIOWrapper(f, encoding, errors, newline) if "t" in mode else f
