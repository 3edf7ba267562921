# The io classes written in Python (io.__getattr__ imports this module): the
# IOBase family as ABCs that the built-in file types are registered with, and
# TextIOWrapper/Buffered* around any binary stream.
import sys
from abc import ABCMeta
from io import BytesIO, StringIO


class UnsupportedOperation(OSError, ValueError):
    pass


def text_encoding(encoding, stacklevel=2):
    return 'locale' if encoding is None else encoding


def _stubs(cls, names):
    # Methods that raise UnsupportedOperation until a subclass defines them.
    for n in names.split():
        setattr(cls, n, (lambda n: lambda s, *a: _no(n))(n))


def _no(name):
    raise UnsupportedOperation(name)


class IOBase(metaclass=ABCMeta):
    _closed = False
    closed = property(lambda s: s._closed)

    def close(self):
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True

    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def flush(self):
        self._check()

    def tell(self):
        return self.seek(0, 1)

    def readable(self):
        return False

    writable = seekable = isatty = readable

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *a):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        r = []
        n = 0
        for line in self:
            r.append(line)
            n += len(line)
            if 0 < hint < n:
                break
        return r

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        return None if n is None else bytes(b[:n])

    def readall(self):
        r = b''
        while True:
            d = self.read(8192)
            if not d:
                return r or d
            r += d

    def readline(self, size=-1):
        r = b''
        while size is None or size < 0 or len(r) < size:
            c = self.read(1)
            if not c:
                break
            r += c
            if c == b'\n':
                break
        return r


class BufferedIOBase(IOBase):
    def readinto(self, b):
        d = self.read(len(b))
        b[:len(d)] = d
        return len(d)


class TextIOBase(IOBase):
    encoding = errors = newlines = None


_stubs(IOBase, 'seek truncate fileno')
_stubs(BufferedIOBase, 'read read1 write detach')
_stubs(TextIOBase, 'read write readline detach')


def _ni(*a):
    raise NotImplementedError


RawIOBase.readinto = RawIOBase.write = _ni


class BufferedReader(BufferedIOBase):
    # A pass-through stream over a raw one; only peek() buffers: _p holds
    # what it read and no read has returned yet.
    _p = b''

    def __init__(self, raw, buffer_size=8192):
        if buffer_size < 1:
            raise ValueError('buffer size must be strictly positive')
        self.raw = raw
        self._n = buffer_size

    def peek(self, size=0):
        if not self._p:
            self._p = self.raw.read(8192) or b''
        return self._p

    def _take(self, n):
        # n < 0: all of it
        p = self._p
        if n < 0:
            n = len(p)
        self._p = p[n:]
        return p[:n]

    def read(self, size=-1):
        if not self._p:
            return self.raw.read(size)
        size = -1 if size is None else size
        d = self._take(size)
        if size < 0 or len(d) < size:
            d += self.raw.read(size - len(d) if size >= 0 else -1) or b''
        return d

    def read1(self, size=-1):
        n = 8192 if size is None or size < 0 else size
        return self._take(n) if self._p else self.raw.read(n)

    def readline(self, size=-1):
        if not self._p:
            return self.raw.readline(size)
        size = -1 if size is None else size
        i = self._p.find(b'\n') + 1
        d = self._take(i if i and (size < 0 or i <= size) else size)
        if not d.endswith(b'\n') and len(d) != size:
            d += self.raw.readline(size - len(d) if size >= 0 else -1)
        return d

    def tell(self):
        return self.raw.tell() - len(self._p)

    def seek(self, *a):
        if self._p:
            self.raw.seek(self.tell())
            self._p = b''
        return self.raw.seek(*a)

    closed = property(lambda s: s.raw.closed)
    name = property(lambda s: s.raw.name)

    def detach(self):
        self.flush()
        r = self.raw
        self.raw = None
        return r


def _pass(cls, to, names):
    for n in names.split():
        setattr(cls, n, (lambda n: lambda s, *a: getattr(getattr(s, to), n)(*a))(n))


_pass(BufferedReader, 'raw', 'write truncate fileno '
      'readable writable seekable isatty flush close')
BufferedRandom = BufferedReader


class BufferedWriter(BufferedReader):
    # MicroPython's policy: writes fill the buffer; each time it is full it
    # goes to raw whole, and flush() sends the rest.
    _b = b''

    def write(self, b):
        if self.closed:
            raise ValueError('write to closed file')
        self._b += b
        while len(self._b) >= self._n:
            self.raw.write(self._b[:self._n])
            self._b = self._b[self._n:]
        return len(b)

    def flush(self):
        if self._b:
            self.raw.write(self._b)
            self._b = b''
        self.raw.flush()


for n in 'seek tell truncate detach close'.split():
    setattr(BufferedWriter, n, (lambda f: lambda s, *a: (s.closed or s.flush(), f(s, *a))[1])(
        getattr(BufferedReader, n)))


def _utf8_end(b):
    # Length of b without a trailing incomplete UTF-8 sequence.
    for k in range(1, min(4, len(b)) + 1):
        c = b[-k]
        if c & 0xC0 != 0x80:
            need = 1 if c < 0xC0 else 2 if c < 0xE0 else 3 if c < 0xF0 else 4
            return len(b) - k if need > k else len(b)
    return len(b)


class TextIOWrapper(TextIOBase):
    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %s' % (newline,))
        if encoding in (None, 'locale'):
            encoding = 'UTF-8'
        ''.encode(encoding)
        self._b = buffer
        self._enc = encoding
        self._err = errors or 'strict'
        self._nl = newline
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._raw = b''
        self._txt = ''
        self._hold = ''

    buffer = property(lambda s: s._b)
    encoding = property(lambda s: s._enc)
    errors = property(lambda s: s._err)
    # A socket (MicroPython's makefile() result) has no closed attribute.
    closed = property(lambda s: s._closed or getattr(s._b, 'closed', False))
    name = property(lambda s: s._b.name)

    def _check(self):
        if self._b is None:
            raise ValueError('underlying buffer has been detached')
        IOBase._check(self)

    def flush(self):
        self._check()
        self._b.flush()

    def close(self):
        if self._b is not None and not self.closed:
            try:
                self.flush()
            finally:
                self._closed = True
                self._b.close()

    def detach(self):
        self.flush()
        b = self._b
        self._b = None
        return b

    def __repr__(self):
        n = getattr(self._b, 'name', None)
        return '<_io.TextIOWrapper%s encoding=%r>' % ('' if n is None else ' name=%r' % (n,), self._enc)

    def _more(self):
        # Decodes one more chunk of the buffer into _txt; False at its end
        # (which is looked for again next time: the file may have grown).
        b = self._b
        d = (getattr(b, 'read1', None) or getattr(b, 'recv', None) or b.read)(8192)
        eof = not d
        if eof:
            if not (self._raw or self._hold):
                return False
            d = self._raw
            n = len(d)
        else:
            d = self._raw + d
            n = _utf8_end(d) if self._enc.lower() in ('utf-8', 'utf8') else len(d)
        self._raw = d[n:]
        t = self._hold + str(d[:n], self._enc, self._err)
        self._hold = ''
        if t[-1:] == '\r' and not eof:
            # A '\n' may follow in the next chunk.
            self._hold = '\r'
            t = t[:-1]
        if self._nl is None:
            t = t.replace('\r\n', '\n').replace('\r', '\n')
        self._txt += t
        return True

    def _line_end(self):
        t = self._txt
        nl = self._nl
        if nl == '':
            i = t.find('\n')
            j = t.find('\r')
            if j >= 0 and (i < 0 or j < i):
                return j + 2 if t[j + 1:j + 2] == '\n' else j + 1
            return i + 1 if i >= 0 else -1
        nl = nl or '\n'
        i = t.find(nl)
        return i + len(nl) if i >= 0 else -1

    def _take(self, n):
        s = self._txt[:n]
        self._txt = self._txt[n:]
        return s

    def _rcheck(self):
        self._check()
        r = getattr(self._b, 'readable', None)
        if r and not r():
            _no('not readable')

    def read(self, size=-1):
        self._rcheck()
        if size is None or size < 0:
            while self._more():
                pass
            return self._take(len(self._txt))
        while len(self._txt) < size and self._more():
            pass
        return self._take(size)

    def readline(self, size=-1):
        self._rcheck()
        if size is None:
            size = -1
        while True:
            i = self._line_end()
            if i >= 0 or 0 <= size <= len(self._txt) or not self._more():
                break
        if i < 0:
            i = len(self._txt)
        return self._take(size if 0 <= size < i else i)

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        w = getattr(self._b, 'writable', None)
        if w and not w():
            _no('not writable')
        n = len(s)
        if self._nl and self._nl != '\n':
            s = s.replace('\n', self._nl)
        self._b.write(s.encode(self._enc, self._err))
        if self.line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return n

    def seek(self, pos, whence=0):
        self._check()
        if whence in (1, 2) and pos:
            _no('seek')
        if not whence and pos < 0:
            raise ValueError('negative seek position %d' % pos)
        if whence == 1:
            # (the buffer's position is past what was read ahead)
            pos, whence = self.tell(), 0
        self.flush()
        r = self._b.seek(pos, whence)
        self._raw = b''
        self._txt = self._hold = ''
        return r

    def truncate(self, pos=None):
        # (as CPython: no pos is the buffer's position, past what was read ahead)
        self.flush()
        return self._b.truncate(pos)

    def tell(self):
        self._check()
        return self._b.tell() - len(self._raw) - len((self._hold + self._txt).encode(self._enc, self._err))


_pass(TextIOWrapper, '_b', 'readable writable seekable isatty fileno')
FileIO = type(sys.stdin.buffer)
for _c, _b in ((FileIO, RawIOBase), (FileIO, BufferedReader), (type(sys.stdin), TextIOWrapper), (StringIO, TextIOBase),
               (BytesIO, BufferedIOBase)):
    _b.register(_c)
for _c in IOBase, RawIOBase, BufferedIOBase, TextIOBase, UnsupportedOperation, BufferedReader, TextIOWrapper:
    _c.__module__ = 'io' if 'Base' in _c.__name__ or _c is UnsupportedOperation else '_io'
