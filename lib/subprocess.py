# subprocess: run programs and talk to them through pipes (POSIX only).
# Children start through os._fork_exec (ports/unix/osproc.c); communicate()
# multiplexes the pipes with select.poll, without threads.
import os, select, signal, time
from types import GenericAlias

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        rc = self.returncode
        if rc and rc < 0:
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-rc))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -rc)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, rc)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, v):
        self.output = v


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = CalledProcessError.stdout


class CompletedProcess:
    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        a = ['args=%r' % (self.args,), 'returncode=%r' % (self.returncode,)]
        if self.stdout is not None:
            a.append('stdout=%r' % (self.stdout,))
        if self.stderr is not None:
            a.append('stderr=%r' % (self.stderr,))
        return 'CompletedProcess(%s)' % ', '.join(a)

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


# Children whose Popen was dropped before they ended: reaped when later
# Popen objects are made, so they do not stay zombies (as in CPython).
_active = []


def _cleanup():
    for p in _active[:]:
        if p.poll() is not None:
            _active.remove(p)


class Popen:
    __class_getitem__ = classmethod(GenericAlias)

    def __del__(self):
        if getattr(self, 'returncode', 0) is None and self.poll() is None:
            _active.append(self)

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, encoding=None, errors=None, text=None):
        if preexec_fn is not None:
            raise NotImplementedError('preexec_fn')
        _cleanup()
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError('bufsize must be an integer')
        if startupinfo is not None or creationflags:
            raise ValueError('%s is only supported on Windows platforms' % ('creationflags' if creationflags else 'startupinfo'))
        if pass_fds and not close_fds:
            import warnings
            warnings.warn('pass_fds overriding close_fds.', RuntimeWarning)
        self.args = args
        self.encoding = encoding
        self.errors = errors
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self._comm = None
        if isinstance(args, (str, bytes)):
            argv = [args]
        elif hasattr(args, '__fspath__'):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = ['/bin/sh', '-c'] + argv
            if executable:
                argv[0] = executable
        if executable is None:
            executable = argv[0]
        exe = os.fsdecode(executable)
        if '/' in exe:
            paths = [exe]
        else:
            path = (env if env is not None else os.environ).get('PATH') or os.defpath
            paths = [(d or '.').rstrip('/') + '/' + exe for d in os.fsdecode(path).split(':')]
        mine = []  # the child's ends, opened here
        ours = []  # the parent's ends
        def pick(h, w):
            # (the parent's end or -1, the child's descriptor or -1); w: the parent writes
            if h is None:
                return -1, -1
            if h == PIPE:
                r, wr = os.pipe()
                a, b = (wr, r) if w else (r, wr)
                ours.append(a)
                mine.append(b)
                return a, b
            if h == DEVNULL:
                fd = os.open(os.devnull, os.O_RDONLY if w else os.O_WRONLY)
                mine.append(fd)
                return -1, fd
            return -1, h if isinstance(h, int) else h.fileno()
        try:
            p2cwrite, p2cread = pick(stdin, 1)
            c2pread, c2pwrite = pick(stdout, 0)
            if stderr == STDOUT:
                errread, errwrite = -1, c2pwrite if c2pwrite != -1 else 1
            else:
                errread, errwrite = pick(stderr, 0)
            fds = [p2cread, c2pwrite, errwrite] + list(pass_fds)
            self.pid = os._fork_exec(argv, paths, env, cwd, fds,
                                     bool(close_fds or pass_fds) | (2 if start_new_session else 0) | (4 if restore_signals else 0), executable)
            self.returncode = None  # (not before: __del__ would poll no child)
        except:
            for fd in ours:
                os.close(fd)
            raise
        finally:
            for fd in mine:
                os.close(fd)
        self.stdin = self._file(p2cwrite, 'w', bufsize)
        self.stdout = self._file(c2pread, 'r', bufsize)
        self.stderr = self._file(errread, 'r', bufsize)

    def _file(self, fd, mode, bufsize):
        if fd == -1:
            return None
        f = open(fd, mode + 'b', bufsize)
        if self.text_mode:
            import io
            f = io.TextIOWrapper(f, self.encoding, self.errors, write_through=True, line_buffering=bufsize == 1)
        return f

    def __repr__(self):
        r = '<%s: returncode: %s args: %r>' % (type(self).__name__, self.returncode, self.args)
        return r[:76] + '...>' if len(r) > 80 else r

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for f in (self.stdout, self.stderr):
            if f:
                f.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            self.wait()

    def _status(self, st):
        self.returncode = os.waitstatus_to_exitcode(st)

    def poll(self):
        if self.returncode is None:
            try:
                pid, st = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                pid, st = self.pid, 0
            if pid:
                self._status(st)
        return self.returncode

    def wait(self, timeout=None):
        if timeout is None:
            while self.returncode is None:
                try:
                    self._status(os.waitpid(self.pid, 0)[1])
                except ChildProcessError:
                    # (or reaped by another thread, which may have set it)
                    self.returncode = self.returncode or 0
            return self.returncode
        end = time.monotonic() + timeout
        delay = 0.0005
        while self.poll() is None:
            left = end - time.monotonic()
            if left <= 0:
                raise TimeoutExpired(self.args, timeout)
            delay = min(delay * 2, left, 0.05)
            time.sleep(delay)
        return self.returncode

    def send_signal(self, sig):
        if self.poll() is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def kill(self):
        self.send_signal(signal.SIGKILL)

    def communicate(self, input=None, timeout=None):
        c = self._comm
        if c is None:
            # [input left, {fd: chunks} of the pipes still open, all chunks by stream]
            c = self._comm = [b'', {}, {}]
            if self.stdin:
                if input:
                    c[0] = input.encode(self.encoding or 'utf-8', self.errors or 'strict') if self.text_mode else bytes(input)
                    try:
                        self.stdin.flush()
                    except BrokenPipeError:
                        pass
                else:
                    self._close_stdin()
            for f in (self.stdout, self.stderr):
                if f:
                    c[1][f.fileno()] = c[2][f] = []
        elif input:
            raise ValueError('Cannot send input after starting communication')
        end = None if timeout is None else time.monotonic() + timeout
        p = select.poll()
        win = self.stdin.fileno() if c[0] else -1
        if win != -1:
            p.register(win, select.POLLOUT)
        for fd in c[1]:
            p.register(fd, select.POLLIN)
        while c[0] or c[1]:
            ms = None
            if end is not None:
                ms = int((end - time.monotonic()) * 1000) + 1
                if ms <= 0:
                    raise TimeoutExpired(self.args, timeout, *[b''.join(c[2][f]) if f and c[2][f] else None for f in (self.stdout, self.stderr)])
            for fd, ev in p.poll(ms):
                if fd == win:
                    try:
                        n = os.write(fd, c[0][:65536])
                    except BrokenPipeError:
                        n = len(c[0])
                    c[0] = c[0][n:]
                    if not c[0]:
                        p.unregister(fd)
                        self._close_stdin()
                else:
                    d = os.read(fd, 65536)
                    if d:
                        c[1][fd].append(d)
                    else:
                        p.unregister(fd)
                        del c[1][fd]
        for f in c[2]:
            f.close()
        res = tuple(self._results(c))
        self.wait(None if end is None else max(end - time.monotonic(), 0))
        return res

    def _close_stdin(self):
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def _results(self, c):
        res = []
        for f in (self.stdout, self.stderr):
            d = None
            if f:
                d = b''.join(c[2][f])
                if self.text_mode:
                    d = d.decode(self.encoding or 'utf-8', self.errors or 'strict').replace('\r\n', '\n').replace('\r', '\n')
            res.append(d)
        return res


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as p:
        try:
            out, err = p.communicate(input, timeout=timeout)
        except TimeoutExpired:
            p.kill()
            p.wait()
            raise
        except:
            p.kill()
            raise
        rc = p.poll()
        if check and rc:
            raise CalledProcessError(rc, p.args, out, err)
    return CompletedProcess(p.args, rc, out, err)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    rc = call(*popenargs, **kwargs)
    if rc:
        raise CalledProcessError(rc, kwargs.get('args', popenargs[0] if popenargs else None))
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    for k in ('stdout', 'check'):
        if k in kwargs:
            raise ValueError(k + ' argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        kwargs['input'] = '' if kwargs.get('text') or kwargs.get('universal_newlines') or kwargs.get('encoding') or kwargs.get('errors') else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT)
        rc = 0
    except CalledProcessError as e:
        data = e.output
        rc = e.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return rc, data


def getoutput(cmd):
    return getstatusoutput(cmd)[1]


class _Wrapped:
    def __init__(self, f, p):
        self._f = f
        self._p = p

    def close(self):
        self._f.close()
        rc = self._p.wait()
        return None if rc == 0 else rc << 8

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __getattr__(self, name):
        return getattr(self._f, name)

    def __iter__(self):
        return iter(self._f)


# os.popen(cmd, mode='r', buffering=-1)
def _os_popen(cmd, mode='r', buffering=-1):
    if not isinstance(cmd, str):
        raise TypeError('invalid cmd type (%s, expected string)' % type(cmd))
    if mode not in ('r', 'w'):
        raise ValueError('invalid mode %r' % mode)
    if buffering == 0 or buffering is None:
        raise ValueError('popen() does not support unbuffered streams')
    if mode == 'r':
        p = Popen(cmd, shell=True, text=True, stdout=PIPE, bufsize=buffering)
        return _Wrapped(p.stdout, p)
    p = Popen(cmd, shell=True, text=True, stdin=PIPE, bufsize=buffering)
    return _Wrapped(p.stdin, p)
