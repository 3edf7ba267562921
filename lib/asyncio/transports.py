# asyncio's protocols and transports: CPython's callback API, on the same loop
# as the tasks.
# (Part of lib/asyncio.py, which imports every public name here.)
#
# CPython's callback API. A transport puts a _Watch in the reader or writer
# slot of its socket, where a waiting task would be; when poll() reports the
# socket ready the loop "wakes" it, which runs the transport's handler once.

import socket as _socket
from collections import deque as _deque
from asyncio import StreamWriter, _parked, get_event_loop, iscoroutine, sleep


class BaseProtocol:
    __slots__ = ()

    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


class Protocol(BaseProtocol):
    __slots__ = ()

    def data_received(self, data):
        pass

    def eof_received(self):
        pass


class BufferedProtocol(BaseProtocol):
    __slots__ = ()

    def get_buffer(self, sizehint):
        pass

    def buffer_updated(self, nbytes):
        pass

    def eof_received(self):
        pass


class DatagramProtocol(BaseProtocol):
    __slots__ = ()

    def datagram_received(self, data, addr):
        pass

    def error_received(self, exc):
        pass


class SubprocessProtocol(BaseProtocol):
    __slots__ = ()

    def pipe_data_received(self, fd, data):
        pass

    def pipe_connection_lost(self, fd, exc):
        pass

    def process_exited(self):
        pass


def _abstract(self, *args, **kw):
    raise NotImplementedError


class BaseTransport:
    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    is_closing = close = set_protocol = get_protocol = _abstract


class ReadTransport(BaseTransport):
    is_reading = pause_reading = resume_reading = _abstract


class WriteTransport(BaseTransport):
    set_write_buffer_limits = get_write_buffer_size = get_write_buffer_limits = _abstract
    write = write_eof = can_write_eof = abort = _abstract

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))


class Transport(ReadTransport, WriteTransport):
    pass


class DatagramTransport(BaseTransport):
    sendto = abort = _abstract


class SubprocessTransport(BaseTransport):
    get_pid = get_returncode = get_pipe_transport = send_signal = terminate = kill = _abstract


class _Watch:
    # Stands in for a task in slot `side` (0 read, 1 write) of the
    # transport's socket; while on, each readiness report runs the handler.
    _parked = False

    def __init__(self, t, side):
        self._t = t
        self._side = side
        self._on = False

    def on(self):
        self._on = True
        if not self._parked:
            self._parked = True
            self._t._loop._io_park(self._t._sock, self._side, self)

    def off(self):
        self._on = False
        if self._parked:
            self._parked = False
            for fn, arg in self._ties:
                fn(arg)

    def _run(self):
        if self._on:
            t = self._t
            try:
                t._on_write() if self._side else t._on_read()
            except (KeyboardInterrupt, SystemExit):
                raise
            except BaseException as err:
                t._fatal(err, 'Fatal error on transport')
            if self._on:
                self.on()


class _Sock(Transport):
    # What socket transports share: state, closing, flow control. (CPython's
    # datagram transport is a Transport too, not a DatagramTransport.)
    def __init__(self, loop, sock, protocol, waiter=None):
        e = self._extra = {'pipe' if isinstance(sock, _Pipe) else 'socket': getattr(sock, 'pipe', sock)}
        for k in 'sockname', 'peername':
            try:
                e[k] = getattr(sock, 'get' + k)()
            except OSError:
                e[k] = None
        self._loop = loop
        self._sock = sock
        self._protocol = protocol
        self._out = bytearray()
        self._closing = self._eof = self._paused = self._wpaused = False
        self._lost = 0
        self._high, self._low = 65536, 16384
        self._rw = _Watch(self, 0)
        self._ww = _Watch(self, 1)
        sock.setblocking(False)
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._begin, waiter)

    def _begin(self, waiter):
        if self.is_reading():
            self._rw.on()
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not (self._closing or self._paused)

    def pause_reading(self):
        if self.is_reading():
            self._paused = True
            self._rw.off()

    def resume_reading(self):
        if self._paused and not self._closing:
            self._paused = False
            self._rw.on()

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 65536 if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError('high (%r) must be >= low (%r) must be >= 0' % (high, low))
        self._high, self._low = high, low
        self._flow()

    def get_write_buffer_limits(self):
        return (self._low, self._high)

    def _flow(self):
        # pause_writing() once the buffer is above the high-water mark,
        # resume_writing() once it is down to the low one.
        n = self.get_write_buffer_size()
        p = self._wpaused
        if (n <= self._low) if p else (n > self._high):
            self._wpaused = not p
            name = 'resume_writing' if p else 'pause_writing'
            try:
                getattr(self._protocol, name)()
            except (KeyboardInterrupt, SystemExit):
                raise
            except BaseException as err:
                self._loop.call_exception_handler({
                    'message': 'protocol.%s() failed' % name, 'exception': err,
                    'transport': self, 'protocol': self._protocol})

    def _sent(self):
        # The write buffer emptied.
        self._ww.off()
        if self._closing:
            self._lose(None)
        elif self._eof:
            self._sock.shutdown(_socket.SHUT_WR)

    def close(self):
        if not self._closing:
            self._closing = True
            self._rw.off()
            if not self._out:
                self._lose(None)

    def abort(self):
        self._kill(None)

    def _fatal(self, exc, message):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message, 'exception': exc,
                'transport': self, 'protocol': self._protocol})
        self._kill(exc)

    def _kill(self, exc):
        if not self._lost:
            self._out.clear()
            self._ww.off()
            self._closing = True
            self._rw.off()
            self._lose(exc)

    def _lose(self, exc):
        self._lost += 1
        self._loop.call_soon(self._gone, exc)

    def _gone(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._loop._io_forget(self._sock)
            self._sock.close()

    def __repr__(self):
        return '<%s fd=%d%s>' % (type(self).__name__, self._sock.fileno(),
                                 ' closing' if self._closing else '')


def _bytes_like(data):
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError('data argument must be a bytes-like object, not %r' % type(data).__name__)
    return data


class _Stream(_Sock):
    def get_write_buffer_size(self):
        return len(self._out)

    def _on_read(self):
        p = self._protocol
        buf = isinstance(p, BufferedProtocol) and p.get_buffer(-1)
        if buf is not False and not len(buf):
            raise RuntimeError('get_buffer() returned an empty buffer')
        try:
            got = self._sock.recv(65536) if buf is False else self._sock.recv_into(buf)
        except BlockingIOError:
            return
        except BrokenPipeError as err:
            # a write pipe's reader went away: an error only if data is lost
            self._kill(self._out and err or None)
            return
        except OSError as err:
            self._fatal(err, 'Fatal read error on socket transport')
            return
        if not got:
            # keep the write side open only if the protocol says so (a
            # pipe's ends at its EOF)
            self._rw.off()
            if not p.eof_received() or isinstance(self._sock, _Pipe):
                self.close()
        elif buf is False:
            p.data_received(got)
        else:
            p.buffer_updated(got)

    def write(self, data):
        _bytes_like(data)
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data or self._lost:
            return
        if not self._out:
            try:
                n = self._sock.send(data)
            except BlockingIOError:
                n = 0
            except OSError as err:
                self._fatal(err, 'Fatal write error on socket transport')
                return
            data = memoryview(data)[n:]
            if not data:
                return
            self._ww.on()
        self._out += data
        self._flow()

    def _on_write(self):
        try:
            n = self._sock.send(self._out)
        except BlockingIOError:
            return
        except OSError as err:
            self._fatal(err, 'Fatal write error on socket transport')
            return
        del self._out[:n]
        self._flow()
        if not self._out:
            self._sent()

    def write_eof(self):
        if isinstance(self._sock, _Pipe):
            # a pipe's EOF is its close (so its fd leaves the poll set first)
            self.close()
        elif not (self._closing or self._eof):
            self._eof = True
            if not self._out:
                self._sock.shutdown(_socket.SHUT_WR)

    def can_write_eof(self):
        return True


class _Pipe:
    # A pipe (file object) in the place of the stream transport's
    # socket. The write end is only watched for reading to learn that its
    # reader went away (poll then reports it): that is a broken pipe.
    def __init__(self, pipe, side):
        import os
        self._os = os
        self.pipe = pipe
        self.fd = pipe.fileno()
        self._side = side
        os.set_blocking(self.fd, False)

    def fileno(self):
        return self.fd

    def setblocking(self, flag):
        pass

    def recv(self, n):
        if self._side:
            raise BrokenPipeError
        return self._os.read(self.fd, n)

    def send(self, data):
        return self._os.write(self.fd, data)

    def getsockname(self):
        raise OSError

    getpeername = getsockname

    def close(self):
        self.pipe.close()


class _Dgram(_Sock):
    def __init__(self, loop, sock, protocol, waiter, address):
        _Sock.__init__(self, loop, sock, protocol, waiter)
        self._address = address
        self._out = _deque()
        self._size = 0

    def get_write_buffer_size(self):
        return self._size

    def _on_read(self):
        try:
            data, addr = self._sock.recvfrom(65536)
        except BlockingIOError:
            return
        except OSError as err:
            self._protocol.error_received(err)
        else:
            self._protocol.datagram_received(data, addr)

    def _send1(self, data, addr):
        if self._extra['peername']:
            self._sock.send(data)
        else:
            self._sock.sendto(data, addr)

    def sendto(self, data, addr=None):
        if not _bytes_like(data):
            return
        a = self._address
        if a:
            if addr not in (None, a):
                raise ValueError('Invalid address: must be None or %s' % (a,))
            addr = a
            if self._lost:
                return
        if not self._out:
            try:
                return self._send1(data, addr)
            except BlockingIOError:
                self._ww.on()
            except OSError as err:
                return self._protocol.error_received(err)
        self._out.append((bytes(data), addr))
        self._size += len(data)
        self._flow()

    def _on_write(self):
        q = self._out
        while q:
            data, addr = q[0]
            try:
                self._send1(data, addr)
            except BlockingIOError:
                break
            except OSError as err:
                q.popleft()
                self._size -= len(data)
                return self._protocol.error_received(err)
            q.popleft()
            self._size -= len(data)
        self._flow()
        if not q:
            self._sent()


class _TWriter(StreamWriter):
    # CPython's StreamWriter: writes go to a transport, drain() waits on the
    # protocol's flow control (StreamReaderProtocol gives one to its callback).
    def __init__(self, transport, protocol, reader, loop):
        self.transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop
        self._weof = False

    def __repr__(self):
        return '<StreamWriter transport=%r reader=%r>' % (self.transport, self._reader)

    def write(self, data):
        self.transport.write(data.encode() if isinstance(data, str) else data)

    def can_write_eof(self):
        return self.transport.can_write_eof()

    def write_eof(self):
        return self.transport.write_eof()

    def is_closing(self):
        return self.transport.is_closing()

    def close(self):
        return self.transport.close()

    def get_extra_info(self, name, default=None):
        return self.transport.get_extra_info(name, default)

    async def drain(self):
        r = self._reader
        if r is not None and r.exception() is not None:
            raise r.exception()
        if self.transport.is_closing():
            await sleep(0)  # lets connection_lost() run first, as CPython
        await self._protocol._drain_helper()

    async def wait_closed(self):
        await self._protocol._closed


_TWriter.__name__ = 'StreamWriter'


class FlowControlMixin(Protocol):
    # drain() support for protocols: _drain_helper() waits while the
    # transport has paused writing and fails once the connection is lost.
    def __init__(self, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._paused = self._connection_lost = False
        self._waiters = []

    def pause_writing(self):
        self._paused = True

    def resume_writing(self):
        self._paused = False
        self._release(None)

    def connection_lost(self, exc):
        self._connection_lost = True
        self._release(exc)

    def _release(self, exc):
        for w in self._waiters:
            if not w.done():
                if exc is None:
                    w.set_result(None)
                else:
                    w.set_exception(exc)

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')
        if self._paused:
            w = self._loop.create_future()
            self._waiters.append(w)
            try:
                await w
            finally:
                self._waiters.remove(w)


class StreamReaderProtocol(FlowControlMixin):
    # Adapts a transport to a StreamReader (and, with a callback, gives the
    # callback a reader and a StreamWriter on that transport).
    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        FlowControlMixin.__init__(self, loop)
        self._stream_reader = stream_reader
        self._stream_writer = None
        self._cb = client_connected_cb
        self._closed = self._loop.create_future()

    def connection_made(self, transport):
        r = self._stream_reader
        r.set_transport(transport)
        if self._cb is not None:
            w = self._stream_writer = _TWriter(transport, self, r, self._loop)
            res = self._cb(r, w)
            if iscoroutine(res):
                self._loop.create_task(res)

    def connection_lost(self, exc):
        r = self._stream_reader
        c = self._closed
        if exc is None:
            r.feed_eof()
            c.done() or c.set_result(None)
        else:
            r.set_exception(exc)
            c.done() or c.set_exception(exc)
        FlowControlMixin.connection_lost(self, exc)

    def data_received(self, data):
        self._stream_reader.feed_data(data)

    def eof_received(self):
        self._stream_reader.feed_eof()
        return True
