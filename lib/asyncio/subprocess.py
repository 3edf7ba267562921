# asyncio.subprocess: child processes for asyncio, CPython's API
# (create_subprocess_exec/_shell, Process, loop.subprocess_exec/_shell with
# a SubprocessProtocol). Loaded on first use through asyncio's __getattr__.
#
# The child starts through subprocess.Popen; its pipes become the loop's
# pipe transports (connect_read_pipe/connect_write_pipe). Its exit is learnt
# by a thread blocked in waitpid() for it, as CPython's ThreadedChildWatcher
# does: it needs no SIGCHLD handler (which would take the signal from the
# program, work only in the main thread and interrupt every system call),
# works alike on Linux and macOS, and reaps the child even if nobody waits.
# The thread stores the return code, then wakes the loop.
import os as _os
import subprocess as _sp
import asyncio as _a
from subprocess import PIPE, STDOUT, DEVNULL

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')


class _PipeProto(_a.Protocol):
    # Protocol of one of the child's pipes (fd 0, 1 or 2): passes its events
    # to the process transport.
    def __init__(self, proc, fd):
        self.proc = proc
        self.fd = fd
        self.pipe = None
        self.gone = False

    def connection_made(self, transport):
        self.pipe = transport

    def data_received(self, data):
        p = self.proc
        p._call(p._protocol.pipe_data_received, self.fd, data)

    def connection_lost(self, exc):
        self.gone = True
        p = self.proc
        p._call(p._protocol.pipe_connection_lost, self.fd, exc)
        p._try_finish()

    def pause_writing(self):
        self.proc._protocol.pause_writing()

    def resume_writing(self):
        self.proc._protocol.resume_writing()


class _ProcTransport(_a.SubprocessTransport):
    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr, kw):
        _a.BaseTransport.__init__(self)
        self._loop = loop
        self._protocol = protocol
        self._rc = None
        self._waiters = []
        self._pending = []  # protocol calls held until connection_made()
        self._closed = False
        import _thread
        p = self._proc = _sp.Popen(args, shell=shell, stdin=stdin, stdout=stdout, stderr=stderr, bufsize=0, **kw)
        self._extra['subprocess'] = p
        self._pid = p.pid
        f = self._files = p.stdin, p.stdout, p.stderr
        self._pipes = {fd: _PipeProto(self, fd) for fd in range(3) if f[fd]}
        loop._make_waker()  # here: made by the thread, the loop's poll() would not see it
        try:
            _thread.start_new_thread(self._watch, ())
        except BaseException:  # no thread to be had: no child either
            p.kill()
            p.wait()
            for x in f:
                x and x.close()
            raise

    def _watch(self):
        # The watching thread: reaps the child, then wakes the loop.
        p = self._proc
        try:
            p._status(_os.waitpid(p.pid, 0)[1])
        except ChildProcessError:
            # reaped by someone else (its Popen.wait()?); else CPython's guess
            if p.returncode is None:
                p.returncode = 255
        try:
            self._loop.call_soon_threadsafe(self._exited, p.returncode)
        except RuntimeError:
            pass  # the loop is closed

    async def _connect(self):
        loop = self._loop
        try:
            for fd, pp in self._pipes.items():
                await (loop.connect_read_pipe if fd else loop.connect_write_pipe)(lambda: pp, self._files[fd])
        except BaseException:
            self.close()
            await self._wait()
            raise
        self._protocol.connection_made(self)
        for fn, args in self._pending:
            loop.call_soon(fn, *args)
        self._pending = None

    def _call(self, fn, *args):
        if self._pending is None:
            self._loop.call_soon(fn, *args)
        else:
            self._pending.append((fn, args))

    def _exited(self, rc):
        self._rc = rc
        self._call(self._protocol.process_exited)
        self._try_finish()
        for w in self._waiters:
            if not w.done():
                w.set_result(None)
        self._waiters = None

    def _try_finish(self):
        if self._rc is not None and all(pp.gone for pp in self._pipes.values()):
            self._call(self._lost)

    def _lost(self):
        if self._proc is not None:
            self._proc = None
            self._protocol.connection_lost(None)

    async def _wait(self):
        if self._rc is None:
            w = self._loop.create_future()
            self._waiters.append(w)
            await w
        return self._rc

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._rc

    def get_pipe_transport(self, fd):
        pp = self._pipes.get(fd)
        return pp and pp.pipe

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closed

    def close(self):
        if not self._closed:
            self._closed = True
            for fd, pp in self._pipes.items():
                (pp.pipe or self._files[fd]).close()
            if self._rc is None and self._proc:
                self.kill()

    def send_signal(self, sig):
        p = self._proc
        if p is None:
            raise ProcessLookupError
        # not Popen.send_signal: its poll() could reap the child under the
        # watching thread, which would then not know the return code
        if p.returncode is None:
            try:
                _os.kill(p.pid, sig)
            except ProcessLookupError:
                pass

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


async def _spawn(loop, factory, args, sh, stdin=PIPE, stdout=PIPE, stderr=PIPE, universal_newlines=False,
                 shell=None, bufsize=0, text=None, encoding=None, errors=None, **kw):
    # loop.subprocess_exec() (sh False) and subprocess_shell() (sh True):
    # (transport, protocol) once connection_made() has run
    if sh and not isinstance(args, (str, bytes)):
        raise ValueError('cmd must be a string')
    for bad, what in (universal_newlines, 'universal_newlines must be False'), \
            (shell is not None and bool(shell) != sh, 'shell must be %s' % sh), (bufsize != 0, 'bufsize must be 0'), \
            (text, 'text must be False'), (encoding is not None, 'encoding must be None'), \
            (errors is not None, 'errors must be None'):
        if bad:
            raise ValueError(what)
    p = factory()
    t = _ProcTransport(loop, p, args, sh, stdin, stdout, stderr, kw)
    await t._connect()
    return t, p


class SubprocessStreamProtocol(_a.FlowControlMixin, _a.SubprocessProtocol):
    # Feeds the child's stdout and stderr to StreamReaders; its stdin is a
    # StreamWriter whose drain() waits on this protocol's flow control.
    def __init__(self, limit, loop):
        _a.FlowControlMixin.__init__(self, loop)
        self._limit = limit
        self.stdin = self.stdout = self.stderr = self._transport = None
        self._exited = False
        self._fds = []
        self._closed = loop.create_future()  # stdin's: its wait_closed()

    def connection_made(self, transport):
        self._transport = transport
        for fd in 1, 2:
            t = transport.get_pipe_transport(fd)
            if t is not None:
                r = _a.StreamReader(limit=self._limit, loop=self._loop)
                r.set_transport(t)
                setattr(self, ('stdout', 'stderr')[fd - 1], r)
                self._fds.append(fd)
        t = transport.get_pipe_transport(0)
        if t is not None:
            self.stdin = _a._TWriter(t, self, None, self._loop)

    def _reader(self, fd):
        return self.stdout if fd == 1 else self.stderr if fd == 2 else None

    def pipe_data_received(self, fd, data):
        r = self._reader(fd)
        if r is not None:
            r.feed_data(data)

    def pipe_connection_lost(self, fd, exc):
        if fd == 0:
            if self.stdin is not None:
                self.stdin.close()
            self.connection_lost(exc)
            c = self._closed
            if exc is None:
                c.set_result(None)
            else:
                c.set_exception(exc)
            return
        r = self._reader(fd)
        if r is not None:
            if exc is None:
                r.feed_eof()
            else:
                r.set_exception(exc)
        if fd in self._fds:
            self._fds.remove(fd)
        self._done()

    def process_exited(self):
        self._exited = True
        self._done()

    def _done(self):
        if self._exited and not self._fds and self._transport:
            self._transport.close()
            self._transport = None


class Process:
    def __init__(self, transport, protocol, loop):
        self._transport = transport
        self._protocol = protocol
        self._loop = loop
        self.stdin = protocol.stdin
        self.stdout = protocol.stdout
        self.stderr = protocol.stderr
        self.pid = transport.get_pid()

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self.pid)

    @property
    def returncode(self):
        return self._transport.get_returncode()

    async def wait(self):
        return await self._transport._wait()

    def send_signal(self, signal):
        self._transport.send_signal(signal)

    def terminate(self):
        self._transport.terminate()

    def kill(self):
        self._transport.kill()

    async def _feed(self, data):
        w = self.stdin
        w.write(data)
        try:
            await w.drain()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the child does not read it all: not an error here
        w.close()

    async def _read(self, fd):
        r = self.stderr if fd == 2 else self.stdout
        if r is None:
            return None
        data = await r.read()
        self._transport.get_pipe_transport(fd).close()
        return data

    async def _nothing(self):
        pass

    async def communicate(self, input=None):
        res = await _a.gather(self._nothing() if input is None else self._feed(input), self._read(1), self._read(2))
        await self.wait()
        return tuple(res[1:])


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None, limit=65536, **kw):
    loop = _a.get_running_loop()
    t, p = await loop.subprocess_exec(lambda: SubprocessStreamProtocol(limit, loop), program, *args,
                                      stdin=stdin, stdout=stdout, stderr=stderr, **kw)
    return Process(t, p, loop)


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None, limit=65536, **kw):
    loop = _a.get_running_loop()
    t, p = await loop.subprocess_shell(lambda: SubprocessStreamProtocol(limit, loop), cmd,
                                       stdin=stdin, stdout=stdout, stderr=stderr, **kw)
    return Process(t, p, loop)
