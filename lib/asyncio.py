# asyncio: cooperative multitasking for coroutines, written for this
# interpreter. This module is the core (loop, futures, tasks, combinators);
# it imports the rest from lib/asyncio/ (locks, queues, streams, transports).
#
# The public names and their observable behaviour follow CPython 3.11 where
# CPython has the name, and MicroPython's asyncio documentation otherwise
# (sleep_ms, wait_for_ms, ThreadSafeFlag, Stream, awrite/aclose, ...).
#
# How the scheduler works (our own design):
# - A loop owns a FIFO of runnables (`_fifo`): tasks that should take their
#   next step and callback handles. One "turn" of the loop waits for I/O
#   (not at all if the FIFO is non-empty, else until the next timer is due),
#   moves due timers into the FIFO, then runs exactly the runnables that were
#   in the FIFO when the turn started; whatever they enqueue runs next turn.
# - Timers are TimerHandles in a heap keyed by (due_ms, serial). The clock is
#   an unbounded millisecond count built from time.ticks_ms()/ticks_diff().
# - A coroutine gives control back by yielding. Our awaitables yield either
#   None ("run me again next turn", also what a bare `yield` means) or _PARK
#   ("I have arranged my own wake-up"). Before parking, the awaitable records
#   on the task how to undo that arrangement (`_ties`: (function, argument)
#   pairs) so that a wake-up from one source (an event, a timer, cancel())
#   removes the task from all the others.
# - Sockets are non-blocking; a task that would block records itself as the
#   reader or writer of that socket and parks; one select.poll object holds
#   the union of what the waiting tasks need.

import sys as _sys
import time as _time
import select as _select
import socket as _socket
import gc as _gc
from _weakref import ref as _wref
from collections import deque as _deque
from heapq import heappush as _heappush, heappop as _heappop

__all__ = [
    'run', 'Runner', 'sleep', 'sleep_ms', 'create_task', 'ensure_future', 'current_task',
    'all_tasks', 'Task', 'Future', 'gather', 'wait_for', 'wait_for_ms', 'shield',
    'wait', 'as_completed', 'TaskGroup', 'timeout', 'timeout_at', 'Timeout', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'Event', 'Lock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Barrier', 'BrokenBarrierError', 'ThreadSafeFlag',
    'Queue', 'LifoQueue', 'PriorityQueue', 'QueueEmpty', 'QueueFull',
    'CancelledError', 'TimeoutError', 'InvalidStateError', 'IncompleteReadError',
    'LimitOverrunError', 'get_event_loop', 'new_event_loop', 'set_event_loop',
    'get_running_loop', '_get_running_loop', '_set_running_loop', 'get_event_loop_policy', 'set_event_loop_policy',
    'AbstractEventLoopPolicy', 'DefaultEventLoopPolicy', 'run_until_complete',
    'iscoroutine', 'iscoroutinefunction', 'isfuture',
    'AbstractEventLoop', 'BaseEventLoop', 'SelectorEventLoop', 'Loop', 'Handle', 'TimerHandle',
    'open_connection', 'start_server', 'open_unix_connection', 'start_unix_server', 'Server', 'Stream', 'StreamReader',
    'StreamWriter', 'StreamReaderProtocol', 'to_thread', 'wrap_future', 'run_coroutine_threadsafe',
    'BaseProtocol', 'Protocol', 'BufferedProtocol', 'DatagramProtocol', 'SubprocessProtocol',
    'BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport', 'DatagramTransport',
    'SubprocessTransport', 'create_subprocess_exec', 'create_subprocess_shell',
]


# ---------------------------------------------------------------- exceptions

class CancelledError(BaseException):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    pass


class IncompleteReadError(EOFError):
    def __init__(self, partial, expected):
        self.partial = partial
        self.expected = expected
        if expected is None:
            want = 'undefined'
        else:
            want = repr(expected)
        EOFError.__init__(self, '%d bytes read on a total of %s expected bytes'
                          % (len(partial), want))

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    def __init__(self, message, consumed):
        Exception.__init__(self, message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class QueueEmpty(Exception):
    pass


class BrokenBarrierError(RuntimeError):
    pass


class QueueFull(Exception):
    pass


# Yielded by our awaitables: "do not reschedule me, a wake-up is arranged".
_PARK = object()
# Sent into a task whose deadline (wait_for) passed before what it awaited.
_EXPIRED = object()
# The most a stream asks one recv for, as CPython's transports: a recv
# allocates all it may get before it knows what came.
_READ_MAX = 262144


class _Hand:
    # Awaiting one of these gives control to the loop once and evaluates to
    # whatever the loop sends back when the task is resumed.
    def __init__(self, token):
        self.token = token

    def __await__(self):
        got = yield self.token
        return got

    __iter__ = __await__


_again = _Hand(None)
_parked = _Hand(_PARK)

_running = None      # the loop inside run_forever(), if any
_current_loop = None  # what get_event_loop() hands out when none is running
_none_set = False    # set_event_loop(None) was called: no implicit loop


def _loop_here():
    # The loop a new task or primitive belongs to: the running one, else the
    # current one (MicroPython lets create_task() be called before run()).
    if _running is not None:
        return _running
    return get_event_loop()


def _me():
    loop = _running
    if loop is None or loop._task is None:
        raise RuntimeError('no running event loop')
    return loop._task


def _tie(task, *pairs):
    task._ties = pairs


def _list_drop(pair):
    # pair = (list, item): remove the item if it is still there.
    seq, item = pair
    try:
        seq.remove(item)
    except ValueError:
        pass


def _queue_me(waiters):
    # The running task joins `waiters` (until it wakes, or is cancelled and
    # taken off again); the caller then parks it.
    me = _me()
    waiters.append(me)
    _tie(me, (_list_drop, (waiters, me)))
    return me


# ------------------------------------------------------------------- handles

class Handle:
    def __init__(self, callback, args, loop):
        self._fn = callback
        self._argv = args
        self._owner = loop
        self._dead = False

    def cancel(self):
        self._dead = True

    def cancelled(self):
        return self._dead

    def _run(self):
        if self._dead:
            return
        try:
            self._fn(*self._argv)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as err:
            # A failing callback must not take the loop down with it.
            self._owner.call_exception_handler({
                'message': 'Exception in callback ' + self._label(),
                'exception': err, 'handle': self})

    def _label(self):
        return '%s()' % getattr(self._fn, '__name__', repr(self._fn))

    def __repr__(self):
        return '<%s %s%s>' % (type(self).__name__,
                              'cancelled ' if self._dead else '', self._label())


class TimerHandle(Handle):
    def __init__(self, due_ms, callback, args, loop):
        Handle.__init__(self, callback, args, loop)
        self._due = due_ms

    def when(self):
        return self._due / 1000


class _FdHandle(Handle):
    # add_reader()/add_writer(): the callback waits in the io slot of its key
    # (fd, side) and runs on each readiness report until it is removed.
    _parked = False

    def __init__(self, key, callback, args, loop):
        Handle.__init__(self, callback, args, loop)
        self._key = key  # (fd, side)

    def _park(self):
        self._parked = True
        self._owner._io_park(*self._key, self)

    def _run(self):
        Handle._run(self)
        if not self._dead:
            self._park()


# ---------------------------------------------------------------------- loop

class Loop:
    # `selector` (SelectorEventLoop's argument) is accepted and not used: this
    # loop always waits with select.poll.
    def __init__(self, selector=None):
        self._fifo = _deque()
        self._timers = []
        self._serial = 0
        self._last_tick = _time.ticks_ms()
        self._elapsed = 0
        self._poller = _select.poll()
        self._io = {}            # sock -> [reading task, writing task, mask]
        self._fds = {}           # (fd, side) -> _FdHandle of add_reader()/add_writer()
        self._task = None        # the task taking a step right now
        self._tasks = {}         # every task not yet finished (ordered)
        self._stop_asked = False
        self._closed = False
        self._handler = None
        self._unseen = []        # weak refs to tasks that failed with nobody listening
        self._collect = False    # one of them is new: look for it at the next turn
        self._waker = None       # socketpair that other threads write to, to end a poll
        self._default_executor = None    # run_in_executor's default pool
        self._agens = set()      # weak refs to the async generators first iterated here
        self._sigs = set()       # signals of add_signal_handler()
        if '_thread' in _sys.modules:
            self._make_waker()

    # -- time

    def _now(self):
        t = _time.ticks_ms()
        self._elapsed += _time.ticks_diff(t, self._last_tick)
        self._last_tick = t
        return self._elapsed

    def time(self):
        return self._now() / 1000

    # -- scheduling callbacks

    def call_soon(self, callback, *args, context=None):
        self._live()
        h = Handle(callback, args, self)
        self._fifo.append(h)
        return h

    def _live(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _timer(self, due, callback, args):
        self._live()
        h = TimerHandle(due, callback, args, self)
        self._serial += 1
        _heappush(self._timers, (due, self._serial, h))
        return h

    # -- other threads

    def _make_waker(self):
        if self._waker is None:
            self._waker = _socket.socketpair()
            self._waker[0].setblocking(False)
            self._waker[1].setblocking(False)
            self._poller.register(self._waker[0], _select.POLLIN)

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._live()
        h = Handle(callback, args, self)
        self._fifo.append(h)
        if self._waker is None:
            self._make_waker()
        try:
            self._waker[1].send(b'!')
        except OSError:
            pass  # full: the loop is being woken already
        return h

    def run_in_executor(self, executor, func, *args):
        import concurrent.futures
        self._make_waker()
        if executor is None:
            if self._default_executor is None:
                self._default_executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
            executor = self._default_executor
        return wrap_future(executor.submit(func, *args), loop=self)

    # CPython's low-level socket coroutines, on non-blocking sockets.
    async def _sock_io(self, sock, side, fn, *args):
        # fn: the method's name, looked up on each try as CPython does
        while True:
            try:
                return getattr(sock, fn)(*args)
            except OSError as e:
                if not _blocked(e):
                    raise
            await _until_ready(sock, side)

    def sock_recv(self, sock, n):
        return self._sock_io(sock, 0, 'recv', n)

    def sock_recv_into(self, sock, buf):
        return self._sock_io(sock, 0, 'recv_into', buf)

    def sock_recvfrom(self, sock, n):
        return self._sock_io(sock, 0, 'recvfrom', n)

    def sock_recvfrom_into(self, sock, buf, nbytes=0):
        return self._sock_io(sock, 0, 'recvfrom_into', buf, nbytes)

    def sock_sendto(self, sock, data, address):
        return self._sock_io(sock, 1, 'sendto', data, address)

    async def sock_sendall(self, sock, data):
        data = memoryview(data).cast('B')
        while data:
            data = data[await self._sock_io(sock, 1, 'send', data):]

    async def sock_accept(self, sock):
        conn, addr = await self._sock_io(sock, 0, 'accept')
        conn.setblocking(False)
        return conn, addr

    async def sock_connect(self, sock, address):
        try:
            return sock.connect(address)
        except OSError as e:
            if not _blocked(e):
                raise
        await _until_ready(sock, 1)
        err = sock.getsockopt(_socket.SOL_SOCKET, _socket.SO_ERROR)
        if err:
            raise OSError(err, 'Connect call failed %s' % (address,))

    # -- transports and protocols (the classes are below the streams)

    async def _made(self, cls, sock, factory, *args):
        # As CPython: the caller resumes after connection_made() has run.
        w = self.create_future()
        p = factory()
        t = cls(self, sock, p, w, *args)
        try:
            await w
        except BaseException:
            t.close()
            raise
        return t, p

    async def create_connection(self, protocol_factory, host=None, port=None, *, ssl=None, sock=None, **kw):
        if ssl:
            raise NotImplementedError('ssl is not supported by create_connection')
        if sock is None:
            if host is None and port is None:
                raise ValueError('host and port was not specified and no sock specified')
            sock = await _connect(host, port, **kw)
        elif host is not None or port is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        else:
            _kind(sock, 'Stream')
        return await self._made(_Stream, sock, protocol_factory)

    async def connect_read_pipe(self, protocol_factory, pipe):
        return await self._made(_Stream, _Pipe(pipe, 0), protocol_factory)

    async def connect_write_pipe(self, protocol_factory, pipe):
        return await self._made(_Stream, _Pipe(pipe, 1), protocol_factory)

    async def subprocess_exec(self, protocol_factory, program, *args, **kw):
        from asyncio.subprocess import _spawn
        return await _spawn(self, protocol_factory, (program,) + args, False, **kw)

    async def subprocess_shell(self, protocol_factory, cmd, **kw):
        from asyncio.subprocess import _spawn
        return await _spawn(self, protocol_factory, cmd, True, **kw)

    async def create_server(self, protocol_factory, host=None, port=None, *, start_serving=True, **kw):
        return Server([_listen(host, port, **kw)], protocol_factory, self, None, start_serving)

    async def create_unix_connection(self, protocol_factory, path=None, **kw):
        return await self.create_connection(protocol_factory, **_unix(path, 'connect', kw))

    async def create_unix_server(self, protocol_factory, path=None, **kw):
        return await self.create_server(protocol_factory, **_unix(path, 'bind', kw))

    async def create_datagram_endpoint(self, protocol_factory, local_addr=None, remote_addr=None, *,
                                       family=0, proto=0, flags=0, reuse_port=None,
                                       allow_broadcast=None, sock=None):
        if sock is None:
            if not (local_addr or remote_addr or family):
                raise ValueError('unexpected address family')
            addrs = []
            for a in local_addr, remote_addr:
                if a is not None and family != _socket.AF_UNIX:
                    family, _, proto, _, a = _socket.getaddrinfo(*a, family, _socket.SOCK_DGRAM, proto, flags)[0]
                addrs.append(a)
            if family == _socket.AF_UNIX and local_addr:
                _unlink_stale(local_addr)
            sock = _socket.socket(family, _socket.SOCK_DGRAM, proto)
            try:
                sock.setblocking(False)
                for opt, on in (_socket.SO_REUSEPORT, reuse_port), (_socket.SO_BROADCAST, allow_broadcast):
                    if on:
                        sock.setsockopt(_socket.SOL_SOCKET, opt, 1)
                if addrs[0] is not None:
                    sock.bind(addrs[0])
                if addrs[1] is not None and not allow_broadcast:
                    await self.sock_connect(sock, addrs[1])
            except BaseException:
                self._io_forget(sock)
                sock.close()
                raise
            remote_addr = addrs[1]
        elif local_addr or remote_addr or family or proto or flags or reuse_port or allow_broadcast:
            raise ValueError('socket modifier keyword arguments can not be used when sock is specified.')
        else:
            _kind(sock, 'UDP', _socket.SOCK_DGRAM)
        return await self._made(_Dgram, sock, protocol_factory, remote_addr)

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        return _socket.getaddrinfo(host, port, family, type, proto, flags)

    async def getnameinfo(self, sockaddr, flags=0):
        return _socket.getnameinfo(sockaddr, flags)

    def set_default_executor(self, executor):
        self._default_executor = executor

    async def shutdown_default_executor(self):
        if self._default_executor is not None:
            self._default_executor.shutdown(wait=False)

    def call_later(self, delay, callback, *args, context=None):
        # (a negative delay keeps its order among the due timers)
        return self._timer(self._now() + (_ms(delay) if delay > 0 else int(delay * 1000)), callback, args)

    def call_at(self, when, callback, *args, context=None):
        return self._timer(int(when * 1000), callback, args)

    _factory = None

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._factory = factory

    def get_task_factory(self):
        return self._factory

    def create_task(self, coro, *, name=None, context=None):
        if self._closed:
            getattr(coro, 'close', int)()  # not left unawaited
            self._live()
        f = self._factory
        if f is None:
            return Task(coro, name=name, loop=self, context=context)
        t = f(self, coro) if context is None else f(self, coro, context=context)
        if name is not None:
            t.set_name(name)
        return t

    def create_future(self):
        return Future(loop=self)

    # -- waking parked tasks

    def _wake(self, task, value=None, error=None):
        if not task._parked:
            return
        for fn, arg in task._ties:
            fn(arg)
        task._ties = ()
        task._parked = False
        task._awaiting = None
        task._send = value
        task._throw = error
        self._fifo.append(task)

    def _expire(self, task):
        self._wake(task, _EXPIRED)

    def _wake_after(self, task, ms):
        # Park the current task until `ms` milliseconds from now.
        h = self._timer(self._now() + ms, self._wake, (task,))
        _tie(task, (Handle.cancel, h))

    # -- I/O readiness

    def _io_slot(self, sock):
        slot = self._io.get(sock)
        if slot is None:
            slot = self._io[sock] = [None, None, 0]
        return slot

    def _io_refresh(self, sock, slot):
        mask = (_select.POLLIN if slot[0] is not None else 0) | \
               (_select.POLLOUT if slot[1] is not None else 0)
        if mask == slot[2]:
            return
        if mask == 0:
            del self._io[sock]
            try:
                self._poller.unregister(sock)
            except (OSError, KeyError, ValueError):
                pass
        elif slot[2] == 0:
            self._poller.register(sock, mask)
        else:
            self._poller.modify(sock, mask)
        slot[2] = mask

    def _io_park(self, sock, side, task):
        slot = self._io_slot(sock)
        if slot[side] is not None and slot[side] is not task:
            raise RuntimeError('%s() called while another coroutine is already '
                               'waiting for %s' % (('read', 'write')[side],
                               ('incoming data', 'the socket to drain')[side]))
        slot[side] = task
        self._io_refresh(sock, slot)
        _tie(task, (self._io_unpark, (sock, side)))

    def _io_unpark(self, pair):
        sock, side = pair
        slot = self._io.get(sock)
        if slot is not None:
            slot[side] = None
            self._io_refresh(sock, slot)

    def _io_forget(self, sock):
        # The socket is being closed: wake whoever waits on it (their retry
        # fails cleanly) and drop it from the poll set before the fd goes.
        slot = self._io.get(sock)
        if slot is None:
            return
        for t in (slot[0], slot[1]):
            if t is not None:
                self._wake(t)
        slot = self._io.get(sock)
        if slot is not None:
            slot[0] = slot[1] = None
            self._io_refresh(sock, slot)

    # -- CPython's add_reader() family: an fd (or an object with fileno())
    # and a callback, run each time the fd is ready.

    def _fd(self, fd):
        try:
            n = fd if isinstance(fd, int) else int(fd.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError('Invalid file object: %r' % (fd,)) from None
        for slot in self._io.values():
            for w in slot[:2]:
                if isinstance(w, _Watch) and w._t._sock.fileno() == n:
                    raise RuntimeError('File descriptor %r is used by transport %r' % (fd, w._t))
        return n

    def _fd_add(self, side, fd, callback, args):
        self._fd_remove(side, fd)
        key = self._fd(fd), side
        h = self._fds[key] = _FdHandle(key, callback, args, self)
        h._park()

    def _fd_remove(self, side, fd):
        h = self._fds.pop((self._fd(fd), side), None)
        if h is None:
            return False
        h.cancel()
        if h._parked:
            h._parked = False
            self._io_unpark(h._key)
        return True

    def add_reader(self, fd, callback, *args):
        self._fd_add(0, fd, callback, args)

    def add_writer(self, fd, callback, *args):
        self._fd_add(1, fd, callback, args)

    def remove_reader(self, fd):
        return self._fd_remove(0, fd)

    def remove_writer(self, fd):
        return self._fd_remove(1, fd)

    # -- the turn

    def _turn(self):
        fifo = self._fifo
        timers = self._timers
        if self._waker is None and '_thread' in _sys.modules:
            # threads came after the loop: make the waker here, before a
            # poll that call_soon_threadsafe() must be able to end
            self._make_waker()
        if fifo or self._stop_asked:
            wait = 0
        elif timers:
            wait = timers[0][0] - self._now()
            if wait < 0:
                wait = 0
            elif wait > 60000:
                wait = 60000
        else:
            wait = 60000 if not self._io and self._waker is None else -1
        if self._io or wait or self._waker is not None:
            for sock, ev in self._poller.poll(wait):
                slot = self._io.get(sock)
                if slot is None:
                    if self._waker is not None and sock is self._waker[0]:
                        try:
                            while sock.recv(256):
                                pass
                        except OSError:
                            pass
                    continue
                if ev & ~_select.POLLOUT:
                    t = slot[0]
                    if t is not None:
                        self._wake(t)
                if ev & ~_select.POLLIN:
                    t = slot[1]
                    if t is not None:
                        self._wake(t)
        if timers:
            now = self._now()
            while timers and timers[0][0] <= now:
                h = _heappop(timers)[2]
                if not h._dead:
                    fifo.append(h)
        for _ in range(len(fifo)):
            fifo.popleft()._run()
            # A task failed with nobody listening: if nothing holds it any
            # more, its __del__ reports the error now, as CPython's does when
            # the last reference goes. (A two-slot expression: it overwrites
            # the task that the call left above this frame's stack.)
            if self._collect is True:
                self._collect = False
                _gc.collect()

    def run_forever(self):
        global _running
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if _running is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        _running = self
        hooks = _sys.get_asyncgen_hooks()
        _sys.set_asyncgen_hooks(self._agen_first, self._agen_final)
        try:
            # stop() before run_forever(): one turn, then return (as CPython)
            self._turn()
            while not self._stop_asked:
                self._turn()
        finally:
            _sys.set_asyncgen_hooks(*hooks)
            self._stop_asked = False
            _running = None
            if self._unseen:
                _gc.collect()
            unseen, self._unseen = self._unseen, []
            for r in unseen:
                t = r()
                if t is not None:
                    self._report_unseen(t)

    def run_until_complete(self, future):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        fut = ensure_future(future, loop=self)
        fut.add_done_callback(self._end_run)
        try:
            self.run_forever()
        finally:
            fut.remove_done_callback(self._end_run)
        if not fut.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return fut.result()

    def _end_run(self, fut):
        self.stop()

    def stop(self):
        self._stop_asked = True

    def is_running(self):
        return _running is self

    def is_closed(self):
        return self._closed

    def close(self):
        if _running is self:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        for n in list(self._sigs):
            self.remove_signal_handler(n)
        self._closed = True
        self._fifo.clear()
        self._timers = []
        if self._default_executor is not None:
            self._default_executor.shutdown(wait=False)
        if self._waker is not None:
            self._poller.unregister(self._waker[0])
            for s in self._waker:
                s.close()
            self._waker = None

    # -- Unix signals: the Python-level handler runs as soon as the signal
    # arrives (poll() included); it queues the callback and wakes the loop.

    def add_signal_handler(self, sig, callback, *args):
        import signal
        if iscoroutine(callback) or iscoroutinefunction(callback):
            raise TypeError('coroutines cannot be used with add_signal_handler()')
        self._live()
        self._make_waker()
        signal.signal(sig, lambda *_: self.call_soon_threadsafe(callback, *args))
        self._sigs.add(sig)

    def remove_signal_handler(self, sig):
        import signal
        if sig not in self._sigs:
            return False
        self._sigs.remove(sig)
        signal.signal(sig, signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL)
        return True

    _debug = False  # kept for get_debug(); no debug mode here

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    # -- errors nobody looked at

    def set_exception_handler(self, handler):
        self._handler = handler

    def get_exception_handler(self):
        return self._handler

    def default_exception_handler(self, context):
        out = _sys.stderr
        print(context.get('message', 'Unhandled exception in event loop'), file=out)
        for key in ('future', 'handle'):
            if key in context:
                print('%s: %r' % (key, context[key]), file=out)
        exc = context.get('exception')
        if exc is not None:
            _sys.print_exception(exc, out)

    def call_exception_handler(self, context):
        if self._handler is None:
            self.default_exception_handler(context)
        else:
            self._handler(self, context)

    def _report_unseen(self, task, message='Task exception was never retrieved'):
        # A task failed, nobody awaited it or asked for its result, and it is
        # collected or the loop stops: call the handler (stderr by default).
        if task._seen:
            return
        task._seen = True
        self._unseen = [r for r in self._unseen if r() not in (None, task)]
        self.call_exception_handler({'message': message,
                                     'exception': task._error, 'future': task})

    def _report_weak(self, r):
        t = r()
        if t is not None:
            self._report_unseen(t)

    # -- asynchronous generators, through sys.set_asyncgen_hooks while the
    # loop runs: those left suspended are closed by shutdown_asyncgens() (run()
    # and Runner.close() call it), or when collected, in a task of their own.

    def _agen_first(self, agen):
        s = self._agens
        s.add(_wref(agen, s.discard))

    def _agen_final(self, agen):
        self._agens.discard(_wref(agen))
        if not self._closed:
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        agens = [a for a in [r() for r in self._agens] if a is not None]
        self._agens.clear()
        if not agens:
            return
        res = await gather(*[a.aclose() for a in agens], return_exceptions=True)
        for r, a in zip(res, agens):
            if isinstance(r, Exception):
                self.call_exception_handler({
                    'message': 'an error occurred during closing of asynchronous generator %r' % (a,),
                    'exception': r, 'asyncgen': a})

    def __repr__(self):
        return '<Loop running=%s closed=%s>' % (self.is_running(), self._closed)


AbstractEventLoop = BaseEventLoop = SelectorEventLoop = Loop


def _ms(seconds):
    # Seconds (int or float) to whole milliseconds, never negative.
    if seconds <= 0:
        return 0
    ms = int(seconds * 1000 + 0.5)
    return ms if ms > 0 else 1


def get_event_loop():
    if _running is not None:
        return _running
    return get_event_loop_policy().get_event_loop()


def _get_running_loop():
    return _running


def _set_running_loop(loop):
    global _running
    _running = loop


def get_running_loop():
    if _running is None:
        raise RuntimeError('no running event loop')
    return _running


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


def set_event_loop(loop):
    # As CPython, a program that sets None asks for no implicit loop after
    # that; asyncio.run() and Runner reset it through the policy so that
    # MicroPython's get_event_loop() after run() still makes one.
    global _none_set
    _none_set = loop is None
    get_event_loop_policy().set_event_loop(loop)


class AbstractEventLoopPolicy:
    pass


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    # One current loop for the whole program (no per-thread loops).
    def get_event_loop(self):
        global _current_loop
        if _current_loop is None or _current_loop._closed:
            if _current_loop is None and _none_set:
                raise RuntimeError('There is no current event loop')
            _current_loop = self.new_event_loop()
        return _current_loop

    def set_event_loop(self, loop):
        global _current_loop
        _current_loop = loop

    def new_event_loop(self):
        return Loop()


_policy = None


def get_event_loop_policy():
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError("policy must be an instance of AbstractEventLoopPolicy or None, not '%s'"
                        % type(policy).__name__)
    _policy = policy


# ------------------------------------------------------------------- futures

_PENDING, _DONE, _CANCELLED = 0, 1, 2


class Future:
    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else _loop_here()
        self._phase = _PENDING
        self._value = None
        self._error = None
        self._cancel_message = None
        # Whoever must hear of completion, in arrival order: tasks parked
        # on this future, and plain done-callbacks.
        self._listeners = []
        self._seen = False

    __class_getitem__ = classmethod(type(list[int]))
    _asyncio_future_blocking = False

    def get_loop(self):
        return self._loop

    def done(self):
        return self._phase != _PENDING

    def cancelled(self):
        return self._phase == _CANCELLED

    def _cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._phase == _CANCELLED:
            raise self._cancelled_error()
        if self._phase == _PENDING:
            raise InvalidStateError('Result is not set.')
        self._seen = True
        if self._error is not None:
            raise self._error
        return self._value

    def exception(self):
        if self._phase == _CANCELLED:
            raise self._cancelled_error()
        if self._phase == _PENDING:
            raise InvalidStateError('Exception is not set.')
        self._seen = True
        return self._error

    def set_result(self, result):
        if self._phase != _PENDING:
            raise InvalidStateError('invalid state')
        self._value = result
        self._finish(_DONE)

    def set_exception(self, exception):
        if self._phase != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if isinstance(exception, StopIteration):
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._error = exception
        self._finish(_DONE)

    def cancel(self, msg=None):
        if self._phase != _PENDING:
            return False
        self._cancel_message = msg
        self._finish(_CANCELLED)
        return True

    def _finish(self, state):
        self._phase = state
        loop = self._loop
        waiting, self._listeners = self._listeners, []
        # (a copy: waking a task drops it from `waiting` through its ties)
        for who in tuple(waiting):
            if isinstance(who, Task):
                # A cancel goes in with the wake-up (as CPython's __wakeup
                # does), so that a cancel() meanwhile keeps this message.
                loop._wake(who, None, self._cancelled_error() if state == _CANCELLED else None)
            else:
                loop.call_soon(who, self)

    def add_done_callback(self, fn, *, context=None):
        if self._phase != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._listeners.append(fn)

    def remove_done_callback(self, fn):
        n = len(self._listeners)
        self._listeners = [w for w in self._listeners if w != fn]
        return n - len(self._listeners)

    def __await__(self):
        if self._phase == _PENDING:
            task = _me()
            if self._loop is not task._loop:
                raise RuntimeError('Task %r got Future %r attached to a different loop' % (task, self))
            if self is task:
                raise RuntimeError('Task cannot await on itself: %r' % (task,))
            self._listeners.append(task)
            task._awaiting = self
            _tie(task, (_list_drop, (self._listeners, task)))
            yield _PARK
            if self._phase == _PENDING:
                raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    def _describe(self):
        # 'pending', 'cancelled', 'finished result=...' as CPython shows them.
        if self._phase == _PENDING:
            return 'pending'
        if self._phase == _CANCELLED:
            return 'cancelled'
        if self._error is not None:
            return 'finished exception=%r' % (self._error,)
        return 'finished result=%r' % (self._value,)

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self._describe())


def wrap_future(future, *, loop=None):
    # An asyncio Future that follows a concurrent.futures.Future (which ends
    # in another thread: the outcome is copied over in the loop's thread).
    if isfuture(future):
        return future
    loop = loop or get_event_loop()
    out = loop.create_future()

    def cancel_source(o):
        if o.cancelled():
            future.cancel()

    out.add_done_callback(cancel_source)
    future.add_done_callback(lambda f: loop.call_soon_threadsafe(_copy_state, f, out))
    return out


def _copy_state(f, out):
    if out.done():
        return
    if f.cancelled():
        return out.cancel()
    e = f.exception()
    if e is None:
        return out.set_result(f.result())
    if isinstance(e, Exception) and type(e).__name__ == 'CancelledError':
        e = CancelledError(*e.args)  # concurrent.futures' one
    out.set_exception(e)


def run_coroutine_threadsafe(coro, loop):
    # From another thread: run coro on loop, get a concurrent.futures.Future.
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    from concurrent.futures import Future as CF
    out = CF()

    def start():
        t = ensure_future(coro, loop=loop)
        t.add_done_callback(lambda t: _copy_state(t, out))
        out.add_done_callback(lambda o: o.cancelled() and loop.call_soon_threadsafe(t.cancel))

    loop.call_soon_threadsafe(start)
    return out


async def to_thread(func, /, *args, **kwargs):
    # the thread runs in a copy of the caller's context (contextvars)
    import contextvars
    ctx = contextvars.copy_context()
    return await get_running_loop().run_in_executor(None, lambda: ctx.run(func, *args, **kwargs))


def isfuture(obj):
    # duck-typed as CPython's: any object whose class has the marker
    return hasattr(type(obj), '_asyncio_future_blocking') and \
        obj._asyncio_future_blocking is not None


def iscoroutinefunction(func):
    import inspect
    return inspect.iscoroutinefunction(func)


def iscoroutine(obj):
    # (an async generator's asend()/athrow() awaitable counts too, as in CPython)
    # (and, as collections.abc.Coroutine, any class with the four methods)
    t = type(obj)
    return t.__name__ in ('coroutine', 'generator', 'async_generator_asend',
                          'async_generator_athrow') and \
        hasattr(obj, 'send') and hasattr(obj, 'throw') or \
        all(hasattr(t, n) for n in ('__await__', 'send', 'throw', 'close'))


# --------------------------------------------------------------------- tasks

_task_count = 0


class Task(Future):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        global _task_count
        if not iscoroutine(coro):
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        Future.__init__(self, loop=loop)
        _task_count += 1
        self._name = 'Task-%d' % _task_count if name is None else str(name)
        self._body = coro
        self._send = None
        self._throw = None
        self._parked = False
        self._ties = ()
        self._awaiting = None
        self._cancel_pending = False
        self._cancel_requests = 0
        # Each step runs in the context given or a copy of the current one,
        # as in CPython; a program that never imported contextvars has none.
        if context is None:
            cv = _sys.modules.get('contextvars')
            if cv is not None:
                context = cv.copy_context()
        self._context = context
        self._loop._tasks[self] = None
        self._loop._fifo.append(self)

    _orphan = False  # failed with nobody listening

    def __del__(self):
        if self._orphan and not self._seen:
            self._loop._report_unseen(self)

    def get_coro(self):
        return self._body

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        if self._phase != _PENDING:
            return False
        self._cancel_requests += 1
        self._cancel_message = msg
        if self._parked:
            self._cancel_parked()
        else:
            # Queued or running: the error goes in at its next step.
            self._cancel_pending = True
        return True

    def cancelling(self):
        return self._cancel_requests

    def uncancel(self):
        if self._cancel_requests > 0:
            self._cancel_requests -= 1
        return self._cancel_requests

    def _cancel_parked(self):
        # Prefer cancelling what the task awaits (so a cancel travels down a
        # chain of awaited tasks); the task then sees CancelledError when that
        # finishes. Otherwise throw the error in at the next turn.
        inner = self._awaiting
        if inner is None:
            self._loop._wake(self, None, self._cancelled_error())
        elif not inner.cancel(self._cancel_message):
            # It refused (a gather whose children are all done): as in
            # CPython, the error goes in when it finishes.
            self._cancel_pending = True

    def _run(self):
        if self._phase != _PENDING:
            return
        loop = self._loop
        value, error = self._send, self._throw
        self._send = self._throw = None
        if self._cancel_pending:
            self._cancel_pending = False
            # A cancel already on its way in (from the awaited future) keeps
            # its message; a later cancel() only counts, as in CPython.
            if not isinstance(error, CancelledError):
                error = self._cancelled_error()
        loop._task = self
        ctx = self._context
        try:
            if error is None:
                out = self._body.send(value) if ctx is None else ctx.run(self._body.send, value)
            else:
                out = self._body.throw(error) if ctx is None else ctx.run(self._body.throw, error)
        except StopIteration as stop:
            # Cancelled by itself (or a callback) in its last step: CPython
            # drops the result and ends it cancelled.
            if self._cancel_pending:
                self._cancel_pending = False
                self._conclude(None, None, _CANCELLED)
            else:
                self._conclude(stop.value, None, _DONE)
        except CancelledError as err:
            self._cancel_message = err.args[0] if err.args else None
            self._conclude(None, None, _CANCELLED)
        except (KeyboardInterrupt, SystemExit) as err:
            self._conclude(None, err, _DONE)
            raise
        except BaseException as err:
            self._conclude(None, err, _DONE)
        else:
            if out is _PARK:
                self._parked = True
                if self._cancel_pending:
                    self._cancel_pending = False
                    self._cancel_parked()
            elif out is None:
                loop._fifo.append(self)
            else:
                self._send = None
                self._throw = RuntimeError('Task got bad yield: %r' % (out,))
                loop._fifo.append(self)
        finally:
            loop._task = None

    def _conclude(self, value, error, state):
        loop = self._loop
        loop._tasks.pop(self, None)
        self._value = value
        self._error = error
        if error is not None and not self._listeners:
            self._orphan = True
            r = _wref(self)
            loop._unseen.append(r)
            loop._collect = True
            # Still held somewhere a second later: report it then.
            loop.call_later(1.0, loop._report_weak, r)
        self._finish(state)

    def __repr__(self):
        state = self._describe()
        tail = ''
        if state.startswith('finished '):
            state, tail = 'finished', ' ' + state[9:]
        return '<Task %s name=%r coro=%r%s>' % (state, self._name, self._body, tail)


def create_task(coro, *, name=None, context=None):
    return _loop_here().create_task(coro, name=name, context=context)


def ensure_future(obj, *, loop=None):
    if isfuture(obj):
        if loop is not None and loop is not obj.get_loop():
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return obj
    if loop is None:
        loop = _loop_here()
    if iscoroutine(obj):
        return loop.create_task(obj)
    if hasattr(obj, '__await__'):
        async def follow():
            return await obj
        return Task(follow(), loop=loop)
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


def current_task(loop=None):
    loop = loop if loop is not None else get_running_loop()
    return loop._task


def all_tasks(loop=None):
    loop = loop if loop is not None else get_running_loop()
    return set(t for t in loop._tasks if not t.done())


# ---------------------------------------------------------------- run & sleep

def run(main, *, debug=None):
    if _running is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError('a coroutine was expected, got %r' % (main,))
    # Tasks created before run() (allowed, MicroPython style) live on the
    # current loop: keep using it then; otherwise start a fresh loop.
    loop = _current_loop
    if loop is None or loop._closed or not loop._tasks:
        loop = new_event_loop()
    set_event_loop(loop)
    if debug is not None:
        loop.set_debug(debug)
    try:
        return _run_main(loop, loop.create_task(main))
    finally:
        try:
            _cancel_all(loop)
        finally:
            get_event_loop_policy().set_event_loop(None)
            loop.close()


def _run_main(loop, task):
    # As CPython's run()/Runner.run(): in the main thread, with the default
    # handler in place, a first Ctrl-C cancels the main task (a second one
    # interrupts at once), and a task cancelled that way ends the run with
    # KeyboardInterrupt.
    import signal, threading
    hits = []

    def on_sigint(*_):
        hits.append(1)
        if len(hits) > 1 or task.done():
            raise KeyboardInterrupt
        task.cancel()
        loop.call_soon_threadsafe(int)  # wakes a loop waiting in poll

    S = signal.SIGINT
    mine = threading.current_thread() is threading.main_thread() and \
        signal.getsignal(S) is signal.default_int_handler
    if mine:
        try:
            signal.signal(S, on_sigint)
        except ValueError:  # signals not available here
            mine = False
    try:
        return loop.run_until_complete(task)
    except CancelledError:
        if hits and task.uncancel() == 0:
            raise KeyboardInterrupt
        raise
    finally:
        if mine and signal.getsignal(S) is on_sigint:
            signal.signal(S, signal.default_int_handler)


def _cancel_all(loop):
    # What run() and Runner.close() do before closing the loop (which may be
    # another kind of loop, from Runner's loop_factory: no tasks of ours).
    left = [t for t in loop._tasks if not t.done()] if isinstance(loop, Loop) else ()
    for t in left:
        t.cancel()
    if left:
        loop.run_until_complete(gather(*left, return_exceptions=True))
    for t in left:
        if not t.cancelled() and t.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': t.exception(), 'task': t})
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.run_until_complete(loop.shutdown_default_executor())


class Runner:
    # One loop for several run() calls, made on first use and closed by
    # close() (or the with statement), as CPython 3.11's.
    def __init__(self, *, debug=None, loop_factory=None):
        self._debug = debug
        self._factory = loop_factory
        self._loop = None
        self._closed = False
        self._context = None

    def __enter__(self):
        self.get_loop()
        return self

    def __exit__(self, *exc):
        self.close()

    def get_loop(self):
        if self._closed:
            raise RuntimeError('Runner is closed')
        loop = self._loop
        if loop is None:
            if self._factory is None:
                loop = new_event_loop()
                set_event_loop(loop)
            else:
                loop = self._factory()
            if self._debug is not None:
                loop.set_debug(self._debug)
            self._loop = loop
        return loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError('a coroutine was expected, got %r' % (coro,))
        if _running is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        loop = self.get_loop()
        if context is None:
            # Every run() of this runner shares one context, as CPython's.
            cv = _sys.modules.get('contextvars')
            if cv and self._context is None:
                self._context = cv.copy_context()
            context = self._context
        return _run_main(loop, loop.create_task(coro, context=context))

    def close(self):
        loop = self._loop
        if loop is None:
            return
        try:
            _cancel_all(loop)
        finally:
            if self._factory is None:
                get_event_loop_policy().set_event_loop(None)
            loop.close()
            self._loop = None
            self._closed = True


def run_until_complete(main_task=None):
    # MicroPython's module-level form: run the current loop until main_task
    # finishes (or forever without one).
    loop = get_event_loop()
    if main_task is None:
        loop.run_forever()
        return None
    return loop.run_until_complete(main_task)


async def sleep(delay, result=None):
    ms = _ms(delay)
    if ms == 0:
        await _again
        return result
    task = _me()
    task._loop._wake_after(task, ms)
    await _parked
    return result


async def sleep_ms(ms, result=None):
    if ms <= 0:
        await _again
        return result
    _time.ticks_add(0, int(ms))  # as MicroPython: OverflowError past half the ticks period
    task = _me()
    task._loop._wake_after(task, int(ms))
    await _parked
    return result


# --------------------------------------------------------- combining awaits

class _Gathering(Future):
    # The future gather() returns: it watches its children and finishes
    # when they all have (or at the first failure without return_exceptions).
    def __init__(self, kids, distinct, loop, keep_errors):
        Future.__init__(self, loop=loop)
        self._kids = kids
        self._keep_errors = keep_errors
        self._left = distinct
        self._cancel_wanted = False

    def cancel(self, msg=None):
        if self.done():
            return False
        hit = False
        for k in self._kids:
            if k.cancel(msg):
                hit = True
        if hit:
            self._cancel_wanted = True
        return hit

    def _kid_done(self, kid):
        self._left -= 1
        if self.done():
            if not kid.cancelled():
                kid.exception()
            return
        if not self._keep_errors:
            if kid.cancelled():
                Future.set_exception(self, kid._cancelled_error())
                return
            err = kid.exception()
            if err is not None:
                Future.set_exception(self, err)
                return
        if self._left:
            return
        out = []
        for k in self._kids:
            if k.cancelled():
                out.append(k._cancelled_error())
            else:
                err = k.exception()
                out.append(err if err is not None else k._value)
        if self._cancel_wanted:
            Future.set_exception(self, kid._cancelled_error())
        else:
            Future.set_result(self, out)


def gather(*aws, return_exceptions=False):
    loop = None
    if not aws:
        f = Future(loop=_loop_here())
        f.set_result([])
        return f
    made = {}
    kids = []
    fresh = []
    for aw in aws:
        key = id(aw)
        k = made.get(key)
        if k is None:
            k = made[key] = ensure_future(aw, loop=loop)
            loop = k._loop  # the first one's loop, as CPython
            fresh.append(k)
        kids.append(k)
    outer = _Gathering(kids, len(fresh), loop, return_exceptions)
    for k in fresh:
        k.add_done_callback(outer._kid_done)
    return outer


def _release(waiter, *_):
    # CPython wakes a wait_for() through a done callback that completes a
    # waiter future, one loop pass later than a plain await; the same pass
    # count keeps the interleaving with other tasks identical.
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_settle(task):
    # Cancel `task` and wait until it has really finished.
    waiter = Future(loop=task._loop)
    cb = lambda f: _release(waiter)
    task.add_done_callback(cb)
    try:
        task.cancel()
        try:
            await waiter
        except CancelledError:
            task.cancel()
            raise
    finally:
        task.remove_done_callback(cb)


async def wait_for(aw, timeout):
    loop = _loop_here()
    if timeout is None:
        # As CPython: a coroutine runs in this task, at once.
        return await aw
    inner = ensure_future(aw, loop=loop)
    if not inner.done():
        waiter = Future(loop=loop)
        h = loop._timer(loop._now() + _ms(timeout), _release, (waiter,)) if timeout > 0 else None
        cb = lambda f: _release(waiter)
        inner.add_done_callback(cb)
        try:
            if h is not None:
                await waiter
        except CancelledError:
            inner.remove_done_callback(cb)
            await _cancel_and_settle(inner)
            raise
        finally:
            if h is not None:
                h.cancel()
        if not inner.done():
            inner.remove_done_callback(cb)
            await _cancel_and_settle(inner)
            try:
                return inner.result()
            except CancelledError:
                raise TimeoutError from None
    return inner.result()


class Timeout:
    # `async with timeout(delay):` cancels the enclosing task when the
    # deadline passes and turns that cancellation into TimeoutError.
    # _state is CPython's word for it: created, active, expiring (the cancel
    # is on its way), expired, finished.
    def __init__(self, when):
        self._deadline = when
        self._task = None
        self._alarm = None
        self._state = 'created'

    def when(self):
        return self._deadline

    def expired(self):
        return self._state[:3] == 'exp'

    def reschedule(self, when):
        if self._state != 'active':
            raise RuntimeError('Timeout has not been entered' if self._state == 'created'
                               else 'Cannot change state of %s Timeout' % self._state)
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None
        self._deadline = when
        if when is not None:
            loop = self._task._loop
            ms = int(when * 1000)
            # Already past: fire before the task's next step, even a sleep(0).
            self._alarm = loop.call_soon(self._ring) if ms <= loop._now() else \
                loop._timer(ms, self._ring, ())

    def _ring(self):
        self._alarm = None
        self._state = 'expiring'
        self._task.cancel()

    async def __aenter__(self):
        if self._state != 'created':
            raise RuntimeError('Timeout has already been entered')
        loop = _running
        task = self._task = loop._task if loop is not None else None
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = 'active'
        self._entered_with = task.cancelling()
        self.reschedule(self._deadline)
        return self

    async def __aexit__(self, kind, value, tb):
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None
        if self._state == 'expiring':
            self._state = 'expired'
            if self._task.uncancel() <= self._entered_with and kind is CancelledError:
                raise TimeoutError from value
        elif self._state == 'active':
            self._state = 'finished'
        return None

    def __repr__(self):
        tail = ''
        if self._state == 'active':
            tail = ' when=%r' % (None if self._deadline is None else round(self._deadline, 3))
        return '<Timeout [%s]%s>' % (self._state, tail)


def timeout(delay):
    if delay is None:
        return Timeout(None)
    return Timeout(_loop_here().time() + delay)


def timeout_at(when):
    return Timeout(when)


class TaskGroup:
    # Runs child tasks; the first failure cancels the others and the parent,
    # and __aexit__ waits for all of them, then raises what they raised as
    # one BaseExceptionGroup.
    def __init__(self):
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._parent = None
        self._entered = self._exiting = self._aborting = False
        self._parent_cancelled = False
        self._all_done = None

    def __repr__(self):
        bits = ['']
        if self._tasks:
            bits.append('tasks=%d' % len(self._tasks))
        if self._errors:
            bits.append('errors=%d' % len(self._errors))
        if self._aborting:
            bits.append('cancelling')
        elif self._entered:
            bits.append('entered')
        return '<TaskGroup%s>' % ' '.join(bits)

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError('TaskGroup %r has already been entered' % self)
        self._parent = current_task()
        if self._parent is None:
            raise RuntimeError('TaskGroup %r cannot determine the parent task' % self)
        self._entered = True
        return self

    async def __aexit__(self, kind, exc, tb):
        self._exiting = True
        if isinstance(exc, (SystemExit, KeyboardInterrupt)) and self._base_error is None:
            self._base_error = exc
        pass_cancel = exc if kind is CancelledError else None
        if self._parent_cancelled and self._parent.uncancel() == 0:
            pass_cancel = None
        if kind is not None and not self._aborting:
            self._abort()
        while self._tasks:
            self._all_done = self._parent._loop.create_future()
            try:
                await self._all_done
            except CancelledError as err:
                if not self._aborting:
                    pass_cancel = err
                    self._abort()
            self._all_done = None
        if self._base_error is not None:
            raise self._base_error
        if pass_cancel is not None and not self._errors:
            raise pass_cancel
        if kind is not None and kind is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors, self._errors = self._errors, None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        why = None
        if not self._entered:
            why = 'has not been entered'
        elif self._exiting and not self._tasks:
            why = 'is finished'
        elif self._aborting:
            why = 'is shutting down'
        if why is not None:
            raise RuntimeError('TaskGroup %r %s' % (self, why))
        task = self._parent._loop.create_task(coro, name=name, context=context)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _task_done(self, task):
        self._tasks.discard(task)
        if self._all_done is not None and not self._tasks and not self._all_done.done():
            self._all_done.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if isinstance(exc, (SystemExit, KeyboardInterrupt)) and self._base_error is None:
            self._base_error = exc
        if self._parent.done():
            self._parent._loop.call_exception_handler({
                'message': 'Task %r has errored out but its parent task %r is already completed'
                % (task, self._parent), 'exception': exc, 'task': task})
            return
        if not self._aborting and not self._parent_cancelled:
            self._abort()
            self._parent_cancelled = True
            self._parent.cancel()


def wait_for_ms(aw, timeout):
    return wait_for(aw, timeout / 1000)


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = Future(loop=inner._loop)

    def pass_on(f):
        if outer.cancelled():
            if not f.cancelled():
                f.exception()
            return
        if f.cancelled():
            outer.cancel()
        elif f.exception() is not None:
            outer.set_exception(f.exception())
        else:
            outer.set_result(f.result())

    inner.add_done_callback(pass_on)
    # Once the outer one is cancelled nobody looks at the inner result, and
    # CPython reports an error in it as never retrieved.
    outer.add_done_callback(lambda o: inner.done() or inner.remove_done_callback(pass_on))
    return outer


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: %s' % (return_when,))
    fs = set(_not_one(fs))
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    for f in fs:
        if not isinstance(f, Future):
            raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = _loop_here()
    # As in CPython, done callbacks release a waiter future: the caller
    # resumes two turns after the deciding completion (even when it was
    # already done) and reports all that finished by then.
    waiter = loop.create_future()
    left = len(fs)

    def release():
        waiter.done() or waiter.set_result(None)

    def note(f):
        nonlocal left
        left -= 1
        if (left <= 0 or return_when == FIRST_COMPLETED or return_when == FIRST_EXCEPTION
                and not f.cancelled() and f.exception() is not None):
            release()

    h = None if timeout is None else loop.call_later(timeout, release)
    for f in fs:
        f.add_done_callback(note)
    try:
        await waiter
    finally:
        if h is not None:
            h.cancel()
        for f in fs:
            f.remove_done_callback(note)
    done = set(f for f in fs if f.done())
    return done, fs - done


def _not_one(fs):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError('expect a list of futures, not ' + type(fs).__name__)
    return fs


def as_completed(fs, *, timeout=None):
    # Yields awaitables that each give the next result to finish.
    todo = [ensure_future(f) for f in set(_not_one(fs))]
    n = len(todo)
    holder = Queue()
    h = None

    # CPython's hops: a done callback (or the deadline, as None) feeds a
    # queue whose getter wakes the consumer.
    def note(f):
        if f in todo:
            todo.remove(f)
            holder.put_nowait(f)
            if not todo and h is not None:
                h.cancel()

    def expire():
        for f in todo:
            f.remove_done_callback(note)
            holder.put_nowait(None)
        todo.clear()

    for f in todo:
        f.add_done_callback(note)
    if todo and timeout is not None:
        h = _loop_here().call_later(timeout, expire)

    async def next_one():
        f = await holder.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for _ in range(n):
        yield next_one()


# ------------------------------------------------------------- sync primitives
# (lib/asyncio/locks.py)

from asyncio.locks import *


# --------------------------------------------------------------------- queues
# (lib/asyncio/queues.py)

from asyncio.queues import *


# -------------------------------------------------------------------- streams
# (lib/asyncio/streams.py)

from asyncio.streams import *
from asyncio.streams import _blocked, _connect, _kind, _listen, _unix, _unlink_stale, _until_ready, _io_queue


# ------------------------------------------------- protocols and transports
# (lib/asyncio/transports.py)

from asyncio.transports import *
from asyncio.transports import _Dgram, _Pipe, _Stream, _TWriter, _Watch


# CPython's asyncio is a package, and so is MicroPython's: code imports
# `asyncio.tasks`, `from asyncio import events`, `asyncio.core`... Each such
# submodule is made here as a module holding the names it has there that we
# implement (this module's own objects), bound both as an attribute and in
# sys.modules, so that every spelling of the import finds it. Four are real
# (lib/asyncio/locks.py, queues.py, streams.py, transports.py: the parts of
# this module imported above) and get the names they lack. (A few hold
# nothing: CPython's helpers and Windows loop are not here, but code imports
# them unconditionally. asyncio.log is lib/asyncio/log.py, loaded on demand.)
def _submodules():
    g = globals()
    for line in """format_helpers
proactor_events
constants
selector_events SelectorEventLoop
base_events BaseEventLoop Server
coroutines iscoroutine iscoroutinefunction
events AbstractEventLoop AbstractEventLoopPolicy Handle TimerHandle get_event_loop set_event_loop new_event_loop get_running_loop _get_running_loop _set_running_loop get_event_loop_policy set_event_loop_policy
exceptions BrokenBarrierError CancelledError InvalidStateError TimeoutError IncompleteReadError LimitOverrunError
futures Future wrap_future isfuture
locks Lock Event Condition Semaphore BoundedSemaphore Barrier
protocols BaseProtocol Protocol BufferedProtocol DatagramProtocol SubprocessProtocol
queues Queue PriorityQueue LifoQueue QueueFull QueueEmpty
runners Runner run
streams StreamReader StreamWriter StreamReaderProtocol FlowControlMixin open_connection start_server open_unix_connection start_unix_server
taskgroups TaskGroup
tasks Task create_task FIRST_COMPLETED FIRST_EXCEPTION ALL_COMPLETED wait wait_for as_completed sleep gather shield ensure_future run_coroutine_threadsafe current_task all_tasks
threads to_thread
timeouts Timeout timeout timeout_at
transports BaseTransport ReadTransport WriteTransport Transport DatagramTransport SubprocessTransport
unix_events SelectorEventLoop DefaultEventLoopPolicy
core CancelledError TimeoutError Task Loop sleep sleep_ms create_task current_task run run_until_complete get_event_loop new_event_loop _io_queue
event Event ThreadSafeFlag
funcs wait_for wait_for_ms gather
lock Lock
stream Stream StreamReader StreamWriter Server open_connection start_server""".split('\n'):
        name, *names = line.split()
        full = __name__ + '.' + name
        m = _sys.modules.get(full) or type(_sys)(full)
        for n in names:
            setattr(m, n, g[n])
        g[name] = _sys.modules[m.__name__] = m


_submodules()
del _submodules


# asyncio.subprocess (lib/asyncio/subprocess.py) is loaded when first named.
def __getattr__(name):
    if name in ('subprocess', 'create_subprocess_exec', 'create_subprocess_shell'):
        import asyncio.subprocess as s
        return s if name == 'subprocess' else getattr(s, name)
    raise AttributeError("module 'asyncio' has no attribute '%s'" % name)


futures._PyFuture = Future
tasks._PyTask = Task
selector_events.BaseSelectorEventLoop = Loop
