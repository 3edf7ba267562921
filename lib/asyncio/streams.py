# asyncio's streams (MicroPython's Stream, CPython's StreamReader/StreamWriter),
# servers, and open_connection/start_server and their AF_UNIX forms.
# (Part of lib/asyncio.py, which imports every public name here.)

import errno as _errno
import select as _select
import socket as _socket
import asyncio as _a
from asyncio import (CancelledError, Future, IncompleteReadError, LimitOverrunError, Task, _PARK,
    _READ_MAX, _loop_here, _me, _parked, create_task, get_event_loop, iscoroutine, sleep)


def _blocked(err):
    # EAGAIN, EWOULDBLOCK and EINPROGRESS (OSError() picks the subclass)
    return isinstance(err, BlockingIOError)


async def _until_ready(sock, side):
    # side 0: readable, 1: writable. Returns when poll says so (or on close).
    me = _me()
    me._loop._io_park(sock, side, me)
    await _parked


class _IOQueue:
    # MicroPython's asyncio.core._io_queue as far as code written for it
    # reaches in: a generator that does `yield core._io_queue.queue_read(s)`
    # parks its task until s is readable (how a datagram socket is awaited
    # there), then reads s itself.
    def queue_read(self, sock, side=0):
        me = _me()
        me._loop._io_park(sock, side, me)
        return _PARK

    def queue_write(self, sock):
        return self.queue_read(sock, 1)


_io_queue = _IOQueue()


class Stream:
    # One object can read and write (MicroPython's Stream); StreamReader and
    # StreamWriter are the same thing under the names CPython uses.
    def __init__(self, s=None, e=None, *, limit=65536, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = loop if loop is not None else _loop_here()
        self._transport = None  # set by StreamReaderProtocol
        self._paused = False
        self.s = s
        self.e = {} if e is None else e
        # The bytes received and not read are _inbox[_pos:]: reads move _pos
        # instead of copying the rest (many short lines out of a large inbox
        # stay linear), and _inbox is b'' whenever nothing is left.
        self._inbox = b''
        self._pos = 0
        self._eof = False
        # What write() could not send yet: a bytearray, as appending to bytes
        # copied all of it for every write to a peer that reads slowly. Its
        # first _osent bytes are sent already: they are cut off only once
        # they are half of it, as cutting each sent piece moved all the rest.
        self._outbox = bytearray()
        self._osent = 0
        self._closing = self._weof = False
        self._flusher = self._dq = None
        self._write_error = None
        self._is_sock = hasattr(s, 'recv')
        self._probe = self._waiter = None
        if not self._is_sock:
            # stdin, pipes, ...: read(n) of a file may wait for all n bytes,
            # so read what poll says is there, a byte at a time.
            raw = getattr(s, 'buffer', s)
            try:
                raw.fileno()
                probe = _select.poll()
                probe.register(raw, _select.POLLIN)
                self._raw = raw
                self._probe = probe
            except (AttributeError, OSError, ValueError, TypeError):
                self._raw = s

    # -- low level

    def _recv_some(self, n):
        # One non-blocking read: bytes (b'' = EOF) or None when nothing yet.
        if self._is_sock:
            try:
                return self.s.recv(n)
            except OSError as err:
                if _blocked(err):
                    return None
                self.e[0] = err   # wait_closed() reports it, as in CPython
                raise
        if self._probe is None:
            data = self._raw.read(n)
            if isinstance(data, str):
                data = data.encode()
            elif data:
                data = bytes(data)  # (the inbox holds bytes only)
            # b'' from a stream with any() (RingIO, a UART) is no data yet, not EOF
            return None if not data and hasattr(self._raw, 'any') else data
        got = b''
        while len(got) < n and self._probe.poll(0):
            one = self._raw.read(1)
            if isinstance(one, str):
                one = one.encode()
            if not one:
                break
            got += one
        if not got and not self._probe.poll(0):
            return None
        return got

    def _send_some(self, data):
        if self._is_sock:
            try:
                return self.s.send(data)
            except OSError as err:
                if _blocked(err):
                    return 0
                self.e[0] = err
                raise
        n = self.s.write(data)
        return 0 if n is None else n

    async def _more(self, n=4096):
        # Append at least one chunk to the inbox; False once at EOF.
        if self._eof or 1 in self.e:
            return False
        while True:
            if self.s is None:
                # fed by feed_*(); more is wanted, so a paused transport resumes
                self._resume()
                self._waiter = Future()
                await self._waiter
                return True
            data = self._recv_some(n)
            if data is None:
                await _until_ready(self.s, 0)
                self._chk()
                continue
            if not data:
                self._eof = True
                return False
            self._inbox = self._inbox[self._pos:] + data if self._inbox else data
            self._pos = 0
            return True

    def _add(self, data):
        self._inbox = self._inbox[self._pos:] + data if self._inbox else bytes(data)
        self._pos = 0

    def _size(self):
        return len(self._inbox) - self._pos

    def __getattr__(self, name):
        # CPython's name for what is unread (its tests look at it); not a
        # property, which would slow down every attribute of the stream.
        if name == '_buffer':
            return self._inbox[self._pos:]
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    def _take(self, n):
        box, p = self._inbox, self._pos
        data = box[p:p + n]
        p += len(data)
        if p == len(box):
            self._inbox = b''
            p = 0
        self._pos = p
        if self._paused and len(self._inbox) - p <= self._limit:
            self._resume()
        return data

    def _resume(self):
        if self._paused:
            self._paused = False
            self._transport.resume_reading()

    def _chk(self):
        if 0 in self.e:
            raise self.e[0]

    def _wake(self):
        w, self._waiter = self._waiter, None
        if w and not w.done():
            w.set_result(None)

    def set_transport(self, transport):
        self._transport = transport

    def feed_data(self, data):
        if data:
            self._add(data)
            self._wake()
            # as CPython: stop reading while more than twice the limit waits
            t = self._transport
            if t and not self._paused and self._size() > 2 * self._limit:
                try:
                    t.pause_reading()
                    self._paused = True
                except NotImplementedError:
                    pass

    def feed_eof(self):
        self._eof = True
        self._wake()

    def set_exception(self, exc):
        # e[2]: set here, not a lost connection (wait_closed() ignores it)
        self.e[0] = self.e[2] = exc
        w, self._waiter = self._waiter, None
        if w and not w.done():
            w.set_exception(exc)  # the waiting read raises it, as CPython

    def exception(self):
        return self.e.get(0)

    # -- reading

    # As CPython, a set_exception() is raised on entry to a read (or while it
    # waits), never in place of data that already arrived.
    async def read(self, n=-1):
        self._chk()
        if n == 0:
            return b''
        if n < 0:
            # Taken as it comes, joined once at EOF (as CPython, a cancel
            # loses what was taken).
            parts = [self._take(len(self._inbox))]
            while await self._more(65536):
                self._chk()
                parts.append(self._take(len(self._inbox)))
            return b''.join(parts)
        if not self._inbox:
            await self._more(min(max(n, 256), _READ_MAX))
        return self._take(n)

    async def readinto(self, buf):
        data = await self.read(len(buf))
        buf[:len(data)] = data
        return len(data)

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        self._chk()
        if self._size() >= n:
            return self._take(n)
        # Received in pieces of at most _READ_MAX and joined once: asking
        # for all that is missing made each recv allocate it whole, and each
        # piece added to the inbox copied it all again.
        parts = [self._take(len(self._inbox))]
        got = len(parts[0])
        try:
            while got < n:
                if not await self._more(min(n - got, _READ_MAX)):
                    raise IncompleteReadError(b''.join(parts), n)
                parts.append(self._take(n - got))
                got += len(parts[-1])
        except BaseException as err:
            if not isinstance(err, IncompleteReadError):
                # Cancelled (a wait_for timeout) or failed: as in CPython,
                # what arrived stays to be read.
                self._inbox = b''.join(parts) + self._inbox[self._pos:]
                self._pos = 0
            raise
        return b''.join(parts)

    async def readuntil(self, separator=b'\n'):
        n = len(separator)
        if not n:
            raise ValueError('Separator should be at least one-byte string')
        self._chk()
        start = 0  # (from _pos: _more() may move the inbox)
        while True:
            size = len(self._inbox) - self._pos
            if size - start >= n:
                i = self._inbox.find(separator, self._pos + start) - self._pos
                if i >= 0:
                    if i > self._limit:
                        raise LimitOverrunError('Separator is found, but chunk is longer than limit', i)
                    return self._take(i + n)
                start = size + 1 - n
                if start > self._limit:
                    raise LimitOverrunError('Separator is not found, and chunk exceed the limit', start)
            # growing reads: a long line that has arrived is seen whole, as
            # with CPython's large transport reads
            if not await self._more(max(4096, size)):
                partial = self._take(len(self._inbox))
                raise IncompleteReadError(partial, None)

    async def readline(self):
        try:
            return await self.readuntil(b'\n')
        except IncompleteReadError as err:
            return err.partial
        except LimitOverrunError as err:
            # Drop the too long line (or all we have, if it has no end yet).
            box, c = self._inbox, self._pos + err.consumed
            self._inbox = box[c + 1:] if box.startswith(b'\n', c) else b''
            self._pos = 0
            raise ValueError(err.args[0])

    def at_eof(self):
        return (self._eof or 1 in self.e) and not self._inbox

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b'':
            raise StopAsyncIteration
        return line

    # -- writing

    def write(self, data, off=0, sz=-1):
        if self._weof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if self._closing:
            return
        if isinstance(data, str):
            data = data.encode()
        if off or sz >= 0:
            data = memoryview(data)[off:off + sz if sz >= 0 else len(data)]
        data = bytes(data)
        if not data:
            return
        sent = 0
        if not self._outbox and self._write_error is None and self.e.get(0) is self.e.get(2):
            try:
                sent = self._send_some(data)
            except OSError as err:
                # Like CPython, write() never fails: drain() reports it.
                self._write_error = err
        if sent < len(data):
            self._outbox += memoryview(data)[sent:]

    def writelines(self, data):
        self.write(b''.join(data))

    async def drain(self):
        f = self._flusher
        if f and not f.done():
            await f
        await self._drain()

    async def _drain(self):
        if self._closing and not self._outbox:
            raise ConnectionResetError('Connection lost')
        err = self.e.get(0)
        if err is not None and self._write_error is None:
            # Lost before (or seen by a read): CPython raises the error itself.
            self._outbox, self._osent = bytearray(), 0
            raise err
        q = lost = None
        try:
            if self._write_error is not None:
                err, self._write_error = self._write_error, None
                self._outbox, self._osent = bytearray(), 0
                raise err
            while self._outbox:
                sent = self._send_some(memoryview(self._outbox)[self._osent:])
                if sent:
                    # (All sent: the outbox is empty again.)
                    self._osent += sent
                    if self._osent * 2 >= len(self._outbox):
                        del self._outbox[:self._osent]
                        self._osent = 0
                elif q is None and self._dq is not None:
                    # Another task is sending: wait until it is done (or
                    # cancelled, then one of us goes on), as CPython lets
                    # several tasks wait in drain().
                    f = self._loop.create_future()
                    self._dq.append(f)
                    await f
                else:
                    if q is None:
                        self._dq = q = []
                    await _until_ready(self.s, 1)
        except (BrokenPipeError, ConnectionResetError):
            # CPython's streams report a peer that went away this way.
            self._outbox, self._osent = bytearray(), 0
            lost = True
            raise ConnectionResetError('Connection lost') from None
        finally:
            if q is not None:
                self._dq = None
                for f in q:
                    if not f.done():
                        if lost:
                            f.set_exception(ConnectionResetError('Connection lost'))
                        else:
                            f.set_result(None)

    def can_write_eof(self):
        return self._is_sock

    def write_eof(self):
        if self._is_sock and not (self._closing or self._weof):
            self._weof = True
            # Queued data goes out first, as CPython's transport does.
            if self._outbox and _a._running is not None:
                self._flush_later(self._shut_wr)
            else:
                self._shut_wr()

    def _shut_wr(self):
        try:
            self.s.shutdown(_socket.SHUT_WR)
        except OSError:
            pass

    def is_closing(self):
        return self._closing

    def close(self):
        if self._closing:
            return
        self._closing = True
        if self._outbox and _a._running is not None:
            # Flush what write() could not send yet, then close.
            self._flush_later(self._shut)
        else:
            self._shut()

    def _shut(self):
        self.e[1] = 1  # our reader: EOF
        loop = _a._running if _a._running is not None else _a._current_loop
        if loop is not None:
            loop._io_forget(self.s)
        try:
            self.s.close()
        except OSError:
            pass

    def _flush_later(self, fn):
        self._flusher = create_task(self._flush_then(fn, self._flusher))

    async def _flush_then(self, fn, prev):
        try:
            if prev:
                await prev
            await self._drain()
        except OSError:
            pass
        finally:
            fn()

    async def wait_closed(self):
        if self._flusher is not None:
            await self._flusher
        err = self.e.get(0)
        if err is not self.e.get(2):
            raise err

    def get_extra_info(self, name, default=None):
        if name in self.e:
            return self.e[name]
        try:
            if name == 'peername':
                return self.s.getpeername()
            if name == 'sockname':
                return self.s.getsockname()
        except OSError:
            return default
        if name == 'socket':
            return self.s
        return default

    # -- MicroPython's older spellings

    async def awrite(self, buf, off=0, sz=-1):
        self.write(buf, off, sz)
        await self.drain()

    async def awritestr(self, s):
        self.write(s)
        await self.drain()

    async def aclose(self):
        self.close()
        await self.wait_closed()

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await self.aclose()

    def __repr__(self):
        # CPython's shapes; our socket stands where its transport would be.
        r = type(self).__name__
        if r == 'StreamWriter':
            return '<%s transport=%r>' % (r, self.s)
        if self._inbox:
            r += ' %d bytes' % self._size()
        if self._eof:
            r += ' eof'
        if self._limit != 65536:
            r += ' limit=%d' % self._limit
        t = self._transport
        for k, v in ('waiter', self._waiter), ('exception', self.e.get(0)), ('transport', self.s if t is None else t):
            if v is not None:
                r += ' %s=%r' % (k, v)
        return '<%s>' % r


class StreamReader(Stream):
    pass


class StreamWriter(Stream):
    pass


async def _connect(host, port, *, family=0, proto=0, flags=0, local_addr=None, **kw):
    # A connected non-blocking socket to the first address that answers.
    last = None
    for family, kind, proto, _, addr in _socket.getaddrinfo(host, port, family, _socket.SOCK_STREAM, proto, flags):
        s = _socket.socket(family, kind, proto)
        s.setblocking(False)
        try:
            if local_addr:
                s.bind(local_addr)
            await get_event_loop().sock_connect(s, addr)
        except BaseException as err:
            get_event_loop()._io_forget(s)
            s.close()
            if not isinstance(err, OSError):
                raise
            last = err
            continue
        return s
    raise last or OSError('getaddrinfo() returned empty list')


async def open_connection(host=None, port=None, *, ssl=None, limit=65536, sock=None, **kw):
    if ssl:
        raise NotImplementedError('ssl is not supported by open_connection')
    if sock is None:
        sock = await _connect(host, port, **kw)
    sock.setblocking(False)
    e = {}  # shared, as one CPython transport serves both
    try:
        e['peername'] = sock.getpeername()  # still known after close()
    except OSError:
        pass
    return StreamReader(sock, e, limit=limit), StreamWriter(sock, e)


class Server:
    # Serves streams (start_server: `limit` is a number, the callback gets a
    # reader and a writer) or protocols (create_server: limit None, the
    # callback is the protocol factory).
    def __init__(self, socks, callback, loop, limit, start=True):
        self.sockets = tuple(socks)
        self._limit = limit
        self._fn = callback
        self._loop = loop
        self._acceptors = []
        if start:
            self._serve()

    def _serve(self):
        if not self._acceptors:
            self._acceptors = [Task(self._accept_loop(s), loop=self._loop) for s in self.sockets]

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return not self._closed and any(not t.done() for t in self._acceptors)

    async def _accept_loop(self, lsock):
        while True:
            try:
                conn, peer = lsock.accept()
            except OSError as err:
                if _blocked(err):
                    await _until_ready(lsock, 0)
                    continue
                if err.errno in (_errno.EMFILE, _errno.ENFILE, _errno.ECONNABORTED):
                    await sleep(0.05)
                    continue
                raise
            conn.setblocking(False)
            if self._limit is None:
                try:
                    _a._Stream(self._loop, conn, self._fn())
                except Exception:
                    conn.close()  # reported in CPython's debug mode only
                continue
            extra = {'peername': peer}
            r = StreamReader(conn, extra, limit=self._limit)
            w = StreamWriter(conn, extra)
            got = self._fn(r, w)
            if iscoroutine(got):
                t = Task(got, loop=self._loop)
                t._peer_stream = w
                t.add_done_callback(self._report_handler)

    def _report_handler(self, task):
        if not task.cancelled() and task._error is not None:
            # The handler died: hang up on its client, as CPython does.
            task._peer_stream.close()
            self._loop._report_unseen(task, 'Unhandled exception in client_connected_cb')

    def close(self):
        socks = self.sockets
        if not socks:
            return
        self.sockets = ()
        self._closed = True
        if self._forever is not None:
            self._forever.cancel()
        for t in self._acceptors:
            t.cancel()
        for s in socks:
            self._loop._io_forget(s)
            s.close()

    async def wait_closed(self):
        for t in self._acceptors:
            if not t.done():
                try:
                    await t
                except CancelledError:
                    if not t.cancelled():
                        raise
        return None

    async def start_serving(self):
        self._serve()

    _forever = None
    _closed = False

    async def serve_forever(self):
        # Ends only by a cancel, or by close(), which cancels it too.
        if self._closed:
            raise RuntimeError('server %r is closed' % self)
        self._serve()
        self._forever = f = Future(loop=self._loop)
        try:
            await f
        except CancelledError:
            self.close()
            await self.wait_closed()
            raise

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


def _listen(host=None, port=None, *, family=0, flags=_socket.AI_PASSIVE, sock=None, backlog=100,
            ssl=None, reuse_address=True, reuse_port=None, **kw):
    # A listening non-blocking socket (the first address only, all
    # interfaces of IPv4 when host is None).
    if ssl:
        raise NotImplementedError('ssl is not supported')
    s = sock
    if s is not None:
        if host is not None or port is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        _kind(s, 'Stream')
    elif host is None and port is None:
        raise ValueError('Neither host/port nor sock were specified')
    try:
        if s is None:
            family, kind, proto, _, addr = _socket.getaddrinfo(host or '0.0.0.0', port, family,
                                                               _socket.SOCK_STREAM, 0, flags)[0]
            s = _socket.socket(family, kind, proto)
            for opt, on in (_socket.SO_REUSEADDR, reuse_address), (_socket.SO_REUSEPORT, reuse_port):
                if on and family != _socket.AF_UNIX:
                    s.setsockopt(_socket.SOL_SOCKET, opt, 1)
            s.bind(addr)
        s.listen(backlog)
        s.setblocking(False)
    except BaseException:
        if s is not None:
            s.close()
        raise
    return s


async def start_server(client_connected_cb, host=None, port=None, backlog=100, *, limit=65536,
                       start_serving=True, **kw):
    return Server([_listen(host, port, backlog=backlog, **kw)], client_connected_cb, _loop_here(), limit,
                  start_serving)


def _kind(sock, what, kind=_socket.SOCK_STREAM):
    if sock.type != kind:
        raise ValueError('A %s Socket was expected, got %r' % (what, sock))


def _unlink_stale(path):
    # A socket file left by an earlier server goes first (3.11).
    import os
    try:
        if path and os.stat(path)[0] & 0o170000 == 0o140000:
            os.remove(path)
    except (OSError, ValueError, TypeError):
        pass


def _unix(path, op, kw):
    # The socket of create_unix_connection() (op 'connect') or
    # create_unix_server() ('bind'), with CPython's checks of the arguments.
    ssl = kw.get('ssl')
    if op == 'bind' and isinstance(ssl, bool):
        raise TypeError('ssl argument must be an SSLContext or None')
    if ssl:
        if op == 'connect' and kw.get('server_hostname') is None:
            raise ValueError('you have to pass server_hostname when using ssl')
    else:
        for k in 'server_hostname', 'ssl_handshake_timeout', 'ssl_shutdown_timeout':
            if kw.get(k) is not None:
                raise ValueError(k + ' is only meaningful with ssl')
    s = kw.get('sock')
    if path is not None:
        if s is not None:
            raise ValueError('path and sock can not be specified at the same time')
        import os
        path = os.fspath(path)
        if op == 'bind':
            _unlink_stale(path)
        s = kw['sock'] = _socket.socket(_socket.AF_UNIX)
        try:
            getattr(s, op)(path)
        except BaseException as e:
            s.close()
            if op == 'bind' and getattr(e, 'errno', 0) == _errno.EADDRINUSE:
                raise OSError(e.errno, 'Address %r is already in use' % (path,)) from None
            raise
    elif s is None:
        raise ValueError('no path and sock were specified' if op == 'connect'
                         else 'path was not specified, and no sock specified')
    elif s.family != _socket.AF_UNIX or s.type != _socket.SOCK_STREAM:
        raise ValueError('A UNIX Domain Stream Socket was expected, got %r' % (s,))
    return kw


async def open_unix_connection(path=None, **kw):
    return await open_connection(**_unix(path, 'connect', kw))


async def start_unix_server(client_connected_cb, path=None, **kw):
    return await start_server(client_connected_cb, **_unix(path, 'bind', kw))
