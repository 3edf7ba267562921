# codecs: the codec registry and helpers of CPython 3.11, written for this
# interpreter. Text codecs are the ones str.encode/bytes.decode know (in C);
# this module adds CodecInfo objects, incremental and stream coders, the
# bytes-to-bytes codecs (hex, base64, zlib) and rot-13, and the error
# handler registry. A registered Python error handler is used by the
# functions of this module (codecs.encode/decode, lookup(...).encode, the
# incremental and stream coders), not by str.encode/bytes.decode.

import builtins

BOM_UTF8 = b'\xef\xbb\xbf'
BOM = BOM_LE = BOM_UTF16 = BOM_UTF16_LE = BOM32_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = BOM32_BE = b'\xfe\xff'
BOM_UTF32 = BOM_UTF32_LE = BOM64_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = BOM64_BE = b'\x00\x00\xfe\xff'

# Canonical name first, then its aliases (spelled with '_' for '-').
_NAMES = '''utf-8 utf8 u8 utf
utf-8-sig
ascii us_ascii 646
iso8859-1 latin1 latin latin_1 iso_8859_1 8859 cp819 l1
iso8859-15 latin9 iso_8859_15 l9
cp437 437 ibm437
unicode-escape
raw-unicode-escape
utf-16 utf16 u16
utf-16-le utf_16le
utf-16-be utf_16be
utf-32 utf32 u32
utf-32-le utf_32le
utf-32-be utf_32be
hex hex_codec
base64 base_64 base64_codec
zlib zip zlib_codec
rot-13 rot13'''
_ALIAS = {}
for _l in _NAMES.split('\n'):
    _l = _l.split()
    for _a in _l:
        _ALIAS[_a.replace('-', '_')] = _l[0]
_search = []
_cache = {}


class CodecInfo(tuple):
    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamreader = streamreader
        self.streamwriter = streamwriter
        return self

    def __repr__(self):
        return '<codecs.CodecInfo object for encoding %s at %#x>' % (self.name, id(self))


# ---- error handlers

def _part(e, *types):
    if not isinstance(e, types):
        raise TypeError("don't know how to handle %s in error callback" % type(e).__name__)
    return e.object[e.start:e.end]


def strict_errors(e):
    if isinstance(e, BaseException):
        raise e
    raise TypeError('codec must pass exception instance')


def ignore_errors(e):
    _part(e, UnicodeError)
    return ('', e.end)


def replace_errors(e):
    s = _part(e, UnicodeEncodeError, UnicodeDecodeError)
    return ('?' * len(s) if isinstance(s, str) else '\ufffd', e.end)


# The C codecs do the per-character work of the remaining handlers.
def _via_c(name, *types):
    def handler(e):
        s = _part(e, *types)
        if isinstance(s, str):
            r = s.encode(e.encoding if name == 'surrogatepass' else 'ascii', name)
            return (r if name[0] == 's' else r.decode(), e.end)
        if name == 'surrogatepass':
            n = 3 if '8' in e.encoding else 2 if '16' in e.encoding else 4
            s = e.object[e.start:e.start + n]
            return (s.decode(e.encoding, name), e.start + n)
        return (s.decode('ascii', name), e.end)
    return handler


backslashreplace_errors = _via_c('backslashreplace', UnicodeEncodeError, UnicodeDecodeError)
xmlcharrefreplace_errors = _via_c('xmlcharrefreplace', UnicodeEncodeError)
_handlers = {
    'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
    'backslashreplace': backslashreplace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'surrogateescape': _via_c('surrogateescape', UnicodeEncodeError, UnicodeDecodeError),
    'surrogatepass': _via_c('surrogatepass', UnicodeEncodeError, UnicodeDecodeError),
}
_C_ERRORS = tuple(_handlers)


def register_error(name, handler):
    if not callable(handler):
        raise TypeError('handler must be callable')
    _handlers[name] = handler


def lookup_error(name):
    try:
        return _handlers[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % name) from None


def _code(fn, data, name, errors):
    # fn(data, name, errors) in C; a Python handler is called at each error.
    if errors in _C_ERRORS:
        return fn(data, name, errors)
    out = []
    pos = 0
    while True:
        try:
            out.append(fn(data[pos:], name, 'strict'))
            return out[0][:0].join(out)
        except UnicodeError as e:
            out.append(fn(data[pos:pos + e.start], name, 'strict'))
            e = type(e)(name, data, pos + e.start, pos + e.end, e.reason)
            r, pos = lookup_error(errors)(e)
            if pos < 0:
                pos += len(data)
            out.append(r.encode(name) if isinstance(r, str) and fn is _enc else r)


def _enc(s, name, errors):
    if not isinstance(s, str):
        raise TypeError('%s_encode() argument 1 must be str, not %s'
                        % (name.replace('-', '_'), type(s).__name__))
    return s.encode(name, errors)


def _dec(b, name, errors):
    if isinstance(b, str):
        if 'escape' not in name:
            raise TypeError("a bytes-like object is required, not 'str'")
        b = b.encode()  # the escape codecs take str, as its UTF-8 bytes
    return bytes(b).decode(name, errors)


def _held(name, data):
    # How many bytes at the end of data may begin a character that the
    # next chunk completes (a strict decode reports 'unexpected end').
    n = len(data)
    if '16' in name or '32' in name:
        r = n % (2 if '16' in name else 4)
        tails = [r + 2] if '16' in name and n >= r + 2 else []
    elif 'escape' in name:
        # from the last backslash that is not itself escaped
        r = 0
        i = j = data.rfind(b'\\', max(0, n - 10))
        while j > 0 and data[j - 1] == 92:
            j -= 1
        tails = [n - i] if i >= 0 and (i - j) % 2 == 0 else []
        if tails == [1]:
            return 1
    else:
        r = 0
        tails = [3, 2, 1] if '8' in name else []
    for k in tails:
        try:
            data[n - k:n - r].decode(name)
        except UnicodeDecodeError as e:
            if e.start == 0 and (e.reason[0] == 'u' or 'escape' in name and e.end == k):
                return k
    return r


# ---- base classes

class Codec:
    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''
        self.reset()

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors='strict'):
        self.errors = errors
        self.reset()

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    # _buffer_encode(text, errors, final) -> (bytes, characters used)
    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        r, n = self._buffer_encode(data, self.errors, final)
        self.buffer = data[n:]
        return r

    def reset(self):
        self.buffer = ''

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ''


class BufferedIncrementalDecoder(IncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        r, n = self._buffer_decode(data, self.errors, final)
        self.buffer = data[n:]
        return r

    def reset(self):
        self.buffer = b''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class _Stream:
    def __getattr__(self, name):
        return getattr(self.stream, name)

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class StreamWriter(_Stream, Codec):
    _inc = None

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self._e = None

    def encode(self, input, errors='strict'):
        if self._inc is None:
            raise NotImplementedError
        if self._e is None:
            self._e = self._inc(errors)
        return (self._e.encode(input), len(input))

    def write(self, object):
        self.stream.write(self.encode(object, self.errors)[0])

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        self._e = None


class StreamReader(_Stream, Codec):
    _inc = None

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.reset()

    def decode(self, input, errors='strict'):
        if self._inc is None:
            raise NotImplementedError
        if self._d is None:
            self._d = self._inc(errors)
        # An empty read means end of stream: partial characters are errors.
        return (self._d.decode(input, not input), len(input))

    def _fill(self, size):
        new = self.stream.read() if size < 0 else self.stream.read(size)
        data = self.bytebuffer + new
        s, n = self.decode(data, self.errors)
        self.bytebuffer = data[n:]
        self.charbuffer += s
        return new

    def read(self, size=-1, chars=-1, firstline=False):
        if chars < 0:
            chars = size
        while (chars < 0 or len(self.charbuffer) < chars) and self._fill(size):
            pass
        if chars < 0:
            chars = len(self.charbuffer)
        r = self.charbuffer[:chars]
        self.charbuffer = self.charbuffer[chars:]
        return r

    def readline(self, size=None, keepends=True):
        # Two lines in the buffer make the first one complete (even when it
        # ends in '\r', which a '\n' may follow).
        while len(self.charbuffer.splitlines()) < 2 and self._fill(size or 72):
            pass
        line = (self.charbuffer.splitlines(True) or [''])[0]
        self.charbuffer = self.charbuffer[len(line):]
        return line if keepends else (line.splitlines() or [''])[0]

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b''
        self.charbuffer = ''
        self._d = None

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration


class StreamReaderWriter(_Stream):
    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def __getattr__(self, name):
        # read* go to the reader, write* to the writer, the rest to the stream
        return getattr(self.reader if name[:4] == 'read' else
                       self.writer if name[:5] == 'write' else self.stream, name)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.reader)

    def reset(self):
        self.reader.reset()
        self.writer.reset()


# ---- the codecs

def _text(name):
    def encode(input, errors='strict'):
        return (_code(_enc, input, name, errors), len(input))

    def decode(input, errors='strict'):
        return (_code(_dec, input, name, errors), len(input))

    class IncEnc(IncrementalEncoder):
        def encode(self, input, final=False):
            r = _code(_enc, input, self.name, self.errors)
            # after a BOM, go on in the byte order it announced
            self.name = {'utf-16': 'utf-16-le', 'utf-32': 'utf-32-le',
                         'utf-8-sig': 'utf-8'}.get(name, name)
            return r

        def reset(self):
            self.name = name

    class IncDec(BufferedIncrementalDecoder):
        def _buffer_decode(self, data, errors, final):
            n = self.name
            # The first bytes may be a BOM: the C codec drops it, and it
            # tells the byte order of the rest.
            if n in ('utf-16', 'utf-32'):
                k = int(n[4:]) // 8
                if len(data) < k and not final:
                    return ('', 0)
                self.name += '-be' if data[:k] == (BOM_BE if k == 2 else BOM_UTF32_BE) else '-le'
            elif n == 'utf-8-sig':
                if len(data) < 3 and not final and BOM_UTF8.startswith(data):
                    return ('', 0)
                self.name = 'utf-8'
            k = len(data) - (0 if final else _held(self.name, data))
            return (_code(_dec, data[:k], n, errors), k)

        def reset(self):
            self.buffer = b''
            self.name = name

    class Writer(StreamWriter):
        _inc = IncEnc

    class Reader(StreamReader):
        _inc = IncDec

    return CodecInfo(encode, decode, Reader, Writer, IncEnc, IncDec, name)


def _binary(name):
    import binascii
    if name == 'hex':
        enc, dec = binascii.b2a_hex, binascii.a2b_hex
    elif name == 'base64':
        import base64
        enc, dec = base64.encodebytes, base64.decodebytes
    elif name == 'zlib':
        import zlib
        enc, dec = zlib.compress, zlib.decompress
    else:
        t = {c: (c - b + 13) % 26 + b for b in (65, 97) for c in range(b, b + 26)}
        enc = dec = lambda s: s.translate(t)

    def encode(input, errors='strict'):
        return (enc(input), len(input))

    def decode(input, errors='strict'):
        return (dec(input), len(input))

    # Chunks are coded one by one, but zlib keeps one stream across them.
    class IncEnc(IncrementalEncoder):
        def reset(self):
            self.z = name == 'zlib' and zlib.compressobj()

        def encode(self, input, final=False):
            z = self.z
            return z.compress(input) + (z.flush() if final else b'') if z else enc(input)

    class IncDec(IncrementalDecoder):
        def reset(self):
            self.z = name == 'zlib' and zlib.decompressobj()

        def decode(self, input, final=False):
            z = self.z
            return z.decompress(input) + (z.flush() if final else b'') if z else dec(input)

    return CodecInfo(encode, decode, None, None, IncEnc, IncDec, name)


def register(search_function):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search.append(search_function)


def unregister(search_function):
    if search_function in _search:
        _search.remove(search_function)
        _cache.clear()


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % type(encoding).__name__)
    key = encoding.lower().replace(' ', '_').replace('-', '_')
    info = _cache.get(key)
    if info is None:
        name = _ALIAS.get(key)
        if name:
            info = (_binary if name in ('hex', 'base64', 'zlib', 'rot-13') else _text)(name)
        for f in _search:
            if info is not None:
                break
            info = f(key)
        if info is None:
            raise LookupError('unknown encoding: ' + encoding)
        _cache[key] = info
    return info


def _run(obj, encoding, errors, what):
    info = lookup(encoding)
    try:
        return getattr(info, what)(obj, errors)[0]
    except UnicodeError:
        raise
    except Exception as e:
        raise type(e)('%sing with %r codec failed (%s: %s)'
                      % (what[:-1], info.name, type(e).__name__, e)) from e


def encode(obj, encoding='utf-8', errors='strict'):
    return _run(obj, encoding, errors, 'encode')


def decode(obj, encoding='utf-8', errors='strict'):
    return _run(obj, encoding, errors, 'decode')


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    return lookup(encoding).incrementalencoder


def getincrementaldecoder(encoding):
    return lookup(encoding).incrementaldecoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def _iter(iterator, code, empty):
    for x in iterator:
        x = code(x)
        if x:
            yield x
    x = code(empty, True)
    if x:
        yield x


def iterencode(iterator, encoding, errors='strict', **kwargs):
    return _iter(iterator, getincrementalencoder(encoding)(errors, **kwargs).encode, '')


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    return _iter(iterator, getincrementaldecoder(encoding)(errors, **kwargs).decode, b'')


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    if encoding is not None and 'b' not in mode:
        mode += 'b'
    f = builtins.open(filename, mode, buffering)
    if encoding is None:
        return f
    info = lookup(encoding)
    f = StreamReaderWriter(f, info.streamreader, info.streamwriter, errors)
    f.encoding = encoding
    return f
