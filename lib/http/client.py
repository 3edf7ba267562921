# http.client: HTTP/1.1 client connections (CPython's API, a subset).
# Our socket's makefile() is the socket itself, so a response never closes
# the connection's socket while the connection may reuse it (keep-alive);
# when the server will close, the response takes the socket over.
import socket
from http import HTTPStatus

HTTP_PORT = 80
HTTPS_PORT = 443
responses = {s.value: s.phrase for s in HTTPStatus}
globals().update(HTTPStatus.__members__)  # client.OK, client.NOT_FOUND ...
_LIMIT = _MAXLINE = 65536
_MAXHEADERS = 100
__all__ = ('HTTPResponse HTTPConnection HTTPException NotConnected UnknownProtocol UnknownTransferEncoding '
           'UnimplementedFileMode IncompleteRead InvalidURL ImproperConnectionState CannotSendRequest '
           'CannotSendHeader ResponseNotReady BadStatusLine LineTooLong RemoteDisconnected error '
           'responses').split()
_NOTSET = object()


class HTTPException(Exception):
    pass


error = HTTPException


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = (version,)
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = (partial,)
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        more = '' if self.expected is None else ', %i more expected' % self.expected
        return '%s(%i bytes read%s)' % (type(self).__name__, len(self.partial), more)

    __str__ = __repr__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = (line,)
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, 'got more than %d bytes when reading %s' % (_LIMIT, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *args, **kw):
        BadStatusLine.__init__(self, '')
        ConnectionResetError.__init__(self, *args, **kw)


def __getattr__(name):
    # HTTPMessage is an email.message.Message; the class is made on first
    # use so that importing http.client does not import the email package.
    if name != 'HTTPMessage':
        raise AttributeError("module 'http.client' has no attribute '%s'" % name)
    from email.message import Message
    global HTTPMessage

    class HTTPMessage(Message):
        def getallmatchingheaders(self, name):
            name = name.lower() + ':'
            return [k for k in self.keys() if k[:len(name)].lower() == name]

    return HTTPMessage


def parse_headers(fp, _class=None):
    msg = (_class or globals().get('HTTPMessage') or __getattr__('HTTPMessage'))()
    h = msg._headers
    while True:
        line = fp.readline(_LIMIT + 1)
        if len(line) > _LIMIT:
            raise LineTooLong('header line')
        if line in (b'\r\n', b'\n', b''):
            return msg
        if len(msg) >= _MAXHEADERS:
            raise HTTPException('got more than %d headers' % _MAXHEADERS)
        line = str(line, 'iso-8859-1').rstrip('\r\n')
        if line[:1] in ' \t' and len(msg):
            k, v = h.pop()
            h.append((k, v + ' ' + line.strip()))
        else:
            k, _, v = line.partition(':')
            h.append((k, v.strip()))


class HTTPResponse:
    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile('rb')
        self._method = method
        self.url = url
        self.debuglevel = debuglevel
        self.headers = self.msg = None
        self.version = self.status = self.reason = self.chunked = self.chunk_left = self.length = self.will_close = 'UNKNOWN'
        self._conn = None

    def _read_status(self):
        raw = self.fp.readline(_LIMIT + 1)
        if len(raw) > _LIMIT:
            raise LineTooLong('status line')
        line = str(raw, 'iso-8859-1')
        if self.debuglevel > 0:
            print('reply:', repr(line))
        if not line:
            raise RemoteDisconnected('Remote end closed connection without response')
        parts = line.split(None, 2)
        if len(parts) == 2:
            parts.append('')
        try:
            version, status, reason = parts
            status = int(status)
            if not version.startswith('HTTP/') or not 100 <= status <= 999:
                raise ValueError
        except ValueError:
            self._close_conn()
            raise BadStatusLine(line)
        return version, status, reason

    def begin(self):
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != 100:
                break
            parse_headers(self.fp)
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ('HTTP/1.0', 'HTTP/0.9'):
            self.version = 10
        elif version.startswith('HTTP/1.'):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        h = self.headers = self.msg = parse_headers(self.fp)
        if self.debuglevel > 0:
            for kv in h._headers:
                print('header: %s: %s' % kv)
        self.chunked = (h.get('transfer-encoding') or '').lower() == 'chunked'
        self.chunk_left = None
        conn = (h.get('connection') or '').lower()
        if self.version == 11:
            self.will_close = 'close' in conn
        else:
            self.will_close = not ('keep-alive' in conn or h.get('keep-alive')
                                   or 'keep-alive' in (h.get('proxy-connection') or '').lower())
        self.length = None
        n = h.get('content-length')
        if n and not self.chunked:
            try:
                self.length = int(n)
                if self.length < 0:
                    self.length = None
            except ValueError:
                pass
        if status in (204, 304) or status < 200 or self._method == 'HEAD':
            self.length = 0
            self.chunked = False  # no body follows, whatever the headers say
        if self.length is None and not self.chunked:
            self.will_close = True

    def _close_conn(self):
        fp, self.fp = self.fp, None
        if fp:
            fp.close()
            c = self._conn
            if c and c.sock is fp:
                c.sock = None

    def _done(self):
        if self.will_close:
            self._close_conn()
        else:
            self.fp = None

    # closed is the file's flag (set by close() only); isclosed() tells the body is done
    closed = False

    def close(self):
        self.closed = True
        self._close_conn()

    def isclosed(self):
        return self.fp is None

    def _exact(self, n):
        d = self.fp.read(n)
        if len(d) < n:
            self._close_conn()
            raise IncompleteRead(d, n - len(d))
        return d

    def _next_chunk(self):
        line = self.fp.readline(_LIMIT + 1)
        if len(line) > _LIMIT:
            raise LineTooLong('chunk size')
        try:
            n = int(line.split(b';')[0], 16)
        except ValueError:
            self._close_conn()
            raise IncompleteRead(b'')
        if n == 0:
            parse_headers(self.fp)
            self._done()
        return n

    def read(self, amt=None):
        if self.fp is None:
            return b''
        if self.chunked:
            out = []
            while amt is None or amt > 0:
                if not self.chunk_left:
                    try:
                        self.chunk_left = self._next_chunk()
                    except IncompleteRead:
                        raise IncompleteRead(b''.join(out))
                    if not self.chunk_left:
                        break
                n = self.chunk_left if amt is None else min(amt, self.chunk_left)
                try:
                    out.append(self._exact(n))
                except IncompleteRead:
                    raise IncompleteRead(b''.join(out))
                self.chunk_left -= n
                if amt is not None:
                    amt -= n
                if not self.chunk_left:
                    self._exact(2)
            return b''.join(out)
        if self.length is None:
            d = self.fp.read() if amt is None else self.fp.read(amt)
            if amt is None or not d and amt:
                self._close_conn()
            return d
        # No read at all when nothing is due (HEAD, 204): the peer may send no
        # more. As in CPython, only read() raises IncompleteRead; read(n)
        # returns what came before the peer closed.
        if amt is None:
            d = self.length and self._exact(self.length) or b''
            self.length = 0
            self._done()
            return d
        n = min(amt, self.length)
        d = self.fp.read(n) if n else b''
        self.length -= len(d)
        if len(d) < n:
            self._close_conn()
        elif not self.length:
            self._done()
        return d

    def peek(self, n=-1):
        # Never more than the body's next part: the chunk, or what Content-Length leaves.
        if self.fp is None:
            return b''
        left = self.length
        if self.chunked:
            if not self.chunk_left:
                self.chunk_left = self._next_chunk()
                if not self.chunk_left:
                    return b''
            left = self.chunk_left
        if left == 0:
            return b''  # HEAD, 204...: the peer may send nothing more
        f = self.fp
        # A socket (our makefile()) has no buffer: its queue is peeked.
        d = f.peek(n) if hasattr(f, 'peek') else f.recv(8192, socket.MSG_PEEK)
        return d if left is None else d[:left]

    def read1(self, n=-1):
        return self.read(None if n < 0 else n)

    def readlines(self, hint=-1):
        return list(self)

    def readinto(self, b):
        d = self.read(len(b))
        b[:len(d)] = d
        return len(d)

    def readline(self, limit=-1):
        if self.fp is None:
            return b''
        if not self.chunked and self.length is None:
            d = self.fp.readline(limit)
            if not d:
                self._close_conn()
            return d
        # A line within what the body has left (of the chunk, or of the
        # Content-Length) comes from the file's own readline: reading a byte
        # at a time made each line many calls.
        out = []
        while limit and self.fp:
            if self.chunked and not self.chunk_left:
                self.chunk_left = self._next_chunk()
            left = self.chunk_left if self.chunked else self.length
            if not left:
                break
            n = left if limit < 0 else min(left, limit)
            d = self.fp.readline(n)
            out.append(d)
            limit -= len(d)
            if self.chunked:
                self.chunk_left -= len(d)
                if not self.chunk_left:
                    self._exact(2)
            else:
                self.length -= len(d)
                if not self.length:
                    self._done()
            if d[-1:] == b'\n':
                break
            if len(d) < n:
                self._close_conn()  # the peer closed early
        return b''.join(out)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def fileno(self):
        return self.fp.fileno()

    def getheader(self, name, default=None):
        if self.headers is None:
            raise ResponseNotReady()
        v = self.headers.get_all(name)
        if v:
            return ', '.join(v)
        if isinstance(default, str) or not hasattr(default, '__iter__'):
            return default
        return ', '.join(default)

    def getheaders(self):
        if self.headers is None:
            raise ResponseNotReady()
        return self.headers.items()

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


def _no_tls():
    import errno
    raise OSError(errno.EPROTONOSUPPORT, 'TLS is not built in: https needs the ssl module')


def _bad(text, exc, what):
    for c in text:
        if c <= ' ' or c == '\x7f':
            raise exc("%s can't contain control characters. %r (found at least %r)" % (what, text, c))


def _file_parts(f, n):
    while True:
        d = f.read(n)
        if not d:
            return
        yield d


class HTTPConnection:
    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    _http_vsn_str = 'HTTP/1.1'
    debuglevel = 0
    _create_connection = socket.create_connection

    def __init__(self, host, port=None, timeout=_NOTSET, source_address=None, blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self._resp = None
        self._phase = 0
        self._method = None
        self._tunnel_host = self._tunnel_port = None
        self._tunnel_headers = {}
        self.host, self.port = self._get_hostport(host, port)
        self._validate_host(self.host)

    def _get_hostport(self, host, port):
        if port is None:
            i = host.rfind(':')
            if i > host.rfind(']'):
                p = host[i + 1:]
                if p:
                    try:
                        port = int(p)
                    except ValueError:
                        raise InvalidURL("nonnumeric port: '%s'" % p)
                host = host[:i]
        if port is None:
            port = self.default_port
        if host[:1] == '[' and host[-1:] == ']':
            host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    # set_tunnel(host[, port[, headers]]): connect() goes to the proxy given to
    # __init__, asks it with CONNECT for host:port, then talks through it.
    def set_tunnel(self, host, port=None, headers=None):
        if self.sock:
            raise RuntimeError("Can't set up tunnel for established connection")
        self._tunnel_host, self._tunnel_port = self._get_hostport(host, port)
        if headers:
            self._tunnel_headers = headers
        else:
            self._tunnel_headers.clear()

    def _tunnel(self):
        h = self._tunnel_host
        h = '[%s]' % h if ':' in h else h
        self.send(b''.join([('CONNECT %s:%d HTTP/1.0\r\n' % (h, self._tunnel_port)).encode('ascii')] +
                           [('%s: %s\r\n' % kv).encode('latin-1') for kv in self._tunnel_headers.items()] + [b'\r\n']))
        r = self.response_class(self.sock, method=self._method)
        f = r.fp
        try:
            v, code, msg = r._read_status()
            if code != 200:
                self.close()
                raise OSError('Tunnel connection failed: %d %s' % (code, msg.strip()))
            while True:
                line = f.readline(_LIMIT + 1)
                if len(line) > _LIMIT:
                    raise LineTooLong('header line')
                if line in (b'\r\n', b'\n', b''):
                    break
                if self.debuglevel > 0:
                    print('header:', line.decode())
        finally:
            if f is not self.sock:  # our makefile() is the socket: it stays open
                f.close()

    def connect(self):
        t = self.timeout
        self.sock = self._create_connection(
            (self.host, self.port), socket.getdefaulttimeout() if t is _NOTSET else t, self.source_address)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass
        if self._tunnel_host:
            self._tunnel()

    def close(self):
        self._phase = 0
        s, self.sock = self.sock, None
        r, self._resp = self._resp, None
        if s:
            s.close()
        if r:
            r.close()

    def send(self, data):
        if self.sock is None:
            if not self.auto_open:
                raise NotConnected()
            self.connect()
        if self.debuglevel > 0:
            print('send:', repr(data))
        if hasattr(data, 'read'):
            for d in _file_parts(data, self.blocksize):
                self.sock.sendall(d.encode('iso-8859-1') if isinstance(d, str) else d)
        else:
            try:
                memoryview(data)
            except TypeError:
                for d in data:
                    self.sock.sendall(d)
                return
            self.sock.sendall(data)

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        if self._resp and self._resp.isclosed():
            self._resp = None
        if self._phase:
            raise CannotSendRequest('Request-sent' if self._phase == 2 else 'Request-started')
        url = url or '/'
        self._validate_method(method)
        self._validate_path(url)
        self._phase = 1
        self._method = method
        self._output(self._encode_request('%s %s %s' % (method, url, self._http_vsn_str)))
        if not skip_host:
            if url.startswith('http'):
                h = url.split('/', 3)[2]
            else:
                h, p = (self._tunnel_host, self._tunnel_port) if self._tunnel_host else (self.host, self.port)
                # An IPv6 zone ('%eth0') is local to this host: not sent.
                h = '[%s]' % h.split('%')[0] if ':' in h else h
                if p != self.default_port:
                    h += ':%d' % p
            self.putheader('Host', h)
        if not skip_accept_encoding:
            self.putheader('Accept-Encoding', 'identity')

    def putheader(self, header, *values):
        if self._phase != 1:
            raise CannotSendHeader()
        if isinstance(header, str):
            header = header.encode('ascii')
        # CPython's rule: no ':' or line break, no white space at the start.
        if not header or header[:1].isspace() or b':' in header or b'\r' in header or b'\n' in header:
            raise ValueError('Invalid header name %r' % (header,))
        vals = []
        for v in values:
            if isinstance(v, int):
                v = str(v)
            if isinstance(v, str):
                v = v.encode('latin-1')
            if b'\r' in v.replace(b'\r\n ', b'').replace(b'\r\n\t', b'') or b'\n' in v.replace(b'\n ', b'').replace(b'\n\t', b''):
                raise ValueError('Invalid header value %r' % (v,))
            vals.append(v)
        self._output(header + b': ' + b'\r\n\t'.join(vals))

    # Hooks a subclass may override (CPython's names).
    def _output(self, s):
        self._buffer.append(s)

    def _encode_request(self, request):
        return request.encode('ascii')

    def _validate_method(self, method):
        _bad(method, ValueError, 'method')

    def _validate_path(self, url):
        _bad(url, InvalidURL, 'URL')

    def _validate_host(self, host):
        _bad(host, InvalidURL, 'URL')

    def endheaders(self, message_body=None, *, encode_chunked=False):
        if self._phase != 1:
            raise CannotSendHeader()
        self._phase = 2
        self._buffer.extend((b'', b''))
        head = b'\r\n'.join(self._buffer)
        del self._buffer[:]
        self.send(head)
        if message_body is None:
            return
        if hasattr(message_body, 'read'):
            # A text file ends with '', not b''.
            parts = _file_parts(message_body, self.blocksize)
            if not encode_chunked:
                self.send(message_body)
                return
        elif isinstance(message_body, (bytes, bytearray, memoryview)):
            parts = (message_body,)
        else:
            parts = message_body
        for d in parts:
            if isinstance(d, str):
                d = d.encode('iso-8859-1')
            if encode_chunked:
                if not d:
                    continue
                d = b'%X\r\n%s\r\n' % (len(d), d)
            self.send(d)
        if encode_chunked:
            self.send(b'0\r\n\r\n')

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        names = {k.lower() for k in headers}
        self.putrequest(method, url, 'host' in names, 'accept-encoding' in names)
        if 'content-length' in names:
            encode_chunked = False
        else:
            if 'transfer-encoding' not in names:
                encode_chunked = False
                n = None
                if body is None:
                    if method.upper() in ('PATCH', 'POST', 'PUT'):
                        n = 0
                elif isinstance(body, str):
                    n = len(body)
                elif not hasattr(body, 'read'):
                    try:
                        n = memoryview(body).nbytes
                    except TypeError:
                        pass
                if n is not None:
                    self.putheader('Content-Length', str(n))
                elif body is not None:
                    encode_chunked = True
                    self.putheader('Transfer-Encoding', 'chunked')
        for k, v in headers.items():
            self.putheader(k, v)
        if isinstance(body, str):
            body = body.encode('iso-8859-1')
        self.endheaders(body, encode_chunked=encode_chunked)

    def getresponse(self):
        if self._resp and self._resp.isclosed():
            self._resp = None
        if self._phase != 2 or self._resp:
            raise ResponseNotReady('Request-sent' if self._phase == 2 else 'Idle')
        r = self.response_class(self.sock, self.debuglevel, method=self._method)
        r._conn = self
        try:
            try:
                r.begin()
            except ConnectionError:
                self.close()
                raise
            self._phase = 0
            if r.will_close:
                self.sock = None
            elif not r.isclosed():
                self._resp = r
            return r
        except:
            r.close()
            raise
