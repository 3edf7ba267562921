# threading: CPython's API over _thread (C locks, a GIL). RLock, Condition
# and thread-local data are written here; each Thread holds a lock from
# start() until its end, which join() waits on.
import sys
import _thread
from time import monotonic as _now

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
stack_size = _thread.stack_size
TIMEOUT_MAX = _thread.TIMEOUT_MAX
ThreadError = _thread.error
Lock = _thread.allocate_lock
_new = _thread.start_new_thread
_live = {}
_n = [0, 0]


_hooks = [None, None]


def settrace(func):
    _hooks[0] = func


def setprofile(func):
    _hooks[1] = func


def gettrace():
    return _hooks[0]


def getprofile():
    return _hooks[1]


def _repr(s, what):
    return '<%s.%s at %#x: %s>' % (s.__module__, type(s).__name__, id(s), what)


class RLock:
    def __init__(self):
        self._lk = Lock()
        self._own = None
        self._cnt = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._own == me:
            if timeout != -1 and (not blocking or timeout < 0):
                self._lk.acquire(blocking, timeout)  # its ValueError
            self._cnt += 1
            return True
        if self._lk.acquire(blocking, timeout):
            self._own = me
            self._cnt = 1
            return True
        return False

    __enter__ = acquire

    def release(self):
        if self._own != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._cnt -= 1
        if not self._cnt:
            self._own = None
            self._lk.release()

    def __exit__(self, *a):
        self.release()

    def __repr__(self):
        return '<%s %s.RLock object owner=%r count=%d at %#x>' % (
            'locked' if self._cnt else 'unlocked', __name__, self._own or 0, self._cnt, id(self))


class Condition:
    def __init__(self, lock=None):
        self._lk = lock = RLock() if lock is None else lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._sleepers = []

    def __enter__(self):
        return self._lk.__enter__()

    def __exit__(self, *a):
        return self._lk.__exit__(*a)

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lk, len(self._sleepers))

    def _check(self, what):
        lk = self._lk
        if type(lk) is RLock:
            ok = lk._own == get_ident()
        else:
            ok = not lk.acquire(False)
            if not ok:
                lk.release()
        if not ok:
            raise RuntimeError('cannot %s on un-acquired lock' % what)

    def wait(self, timeout=None):
        self._check('wait')
        w = Lock()
        w.acquire()
        self._sleepers.append(w)
        lk = self._lk
        deep = 0
        if type(lk) is RLock:
            deep = lk._cnt
            lk._cnt = 1
        lk.release()
        got = False
        try:
            if timeout is None:
                got = w.acquire()
            elif timeout > 0:
                got = w.acquire(True, timeout)
            else:
                got = w.acquire(False)
        finally:
            lk.acquire()
            if deep:
                lk._cnt = deep
            if not got and w in self._sleepers:
                self._sleepers.remove(w)
        return got

    def wait_for(self, predicate, timeout=None):
        end = None
        ok = predicate()
        while not ok:
            if timeout is not None:
                if end is None:
                    end = _now() + timeout
                timeout = end - _now()
                if timeout <= 0:
                    break
            self.wait(timeout)
            ok = predicate()
        return ok

    def notify(self, n=1):
        self._check('notify')
        ws = self._sleepers[:n]
        for w in ws:
            self._sleepers.remove(w)
            w.release()

    def notify_all(self):
        self.notify(len(self._sleepers))

    notifyAll = notify_all


class Semaphore:
    _max = None

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._c = Condition(Lock())
        self._val = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._c:
            ok = self._c.wait_for(lambda: self._val, timeout if blocking else 0)
            if ok:
                self._val -= 1
            return bool(ok)

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._c:
            if self._max is not None and self._val + n > self._max:
                raise ValueError('Semaphore released too many times')
            self._val += n
            self._c.notify(n)

    def __exit__(self, *a):
        self.release()

    def __repr__(self):
        m = self._max
        return _repr(self, 'value=%s' % self._val + ('' if m is None else '/%s' % m))


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._max = value


class Event:
    def __init__(self):
        self._c = Condition(Lock())
        self._on = False

    def is_set(self):
        return self._on

    isSet = is_set

    def set(self):
        with self._c:
            self._on = True
            self._c.notify_all()

    def clear(self):
        with self._c:
            self._on = False

    def wait(self, timeout=None):
        with self._c:
            ok = self._on
            if not ok:
                ok = self._c.wait(timeout)
            return ok

    def __repr__(self):
        return _repr(self, 'set' if self._on else 'unset')


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    # _gen is a one-item list per round: 0 filling, 1 passed, 2 broken.
    def __init__(self, parties, action=None, timeout=None):
        self._c = Condition(Lock())
        self._size = parties
        self._act = action
        self._tmo = timeout
        self._gen = [0]
        self._arrived = 0

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._tmo
        with self._c:
            g = self._gen
            if g[0]:
                raise BrokenBarrierError
            i = self._arrived
            self._arrived += 1
            if self._arrived == self._size:
                try:
                    if self._act:
                        self._act()
                except:
                    self._end(2, False)
                    raise
                self._end(1, True)
            elif not self._c.wait_for(lambda: g[0], timeout):
                self._end(2, False)
            if g[0] == 2:
                raise BrokenBarrierError
            return i

    def _end(self, how, renew):
        self._gen[0] = how
        self._c.notify_all()
        if renew:
            self._gen = [0]
            self._arrived = 0

    def reset(self):
        with self._c:
            self._end(2, True)

    def abort(self):
        with self._c:
            self._end(2, False)

    parties = property(lambda s: s._size)
    n_waiting = property(lambda s: 0 if s._gen[0] else s._arrived)
    broken = property(lambda s: s._gen[0] == 2)

    def __repr__(self):
        return _repr(self, 'broken' if self.broken else 'waiters=%d/%d' % (self.n_waiting, self._size))


class ExceptHookArgs:
    def __init__(self, a):
        self.exc_type, self.exc_value, self.exc_traceback, self.thread = a


def excepthook(args):
    if args.exc_type is SystemExit:
        return
    f = sys.stderr
    if f is None:
        return
    t = args.thread
    print('Exception in thread %s:' % (get_ident() if t is None else t.name), file=f, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=f)
    f.flush()


__excepthook__ = excepthook


class Thread:
    _begun = _bg = _gone = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        if not name:
            _n[0] += 1
            name = 'Thread-%d' % _n[0]
            if target is not None:
                try:
                    name += ' (%s)' % target.__name__
                except AttributeError:
                    pass
        # _target/_args/_kwargs: names that subclasses' run() often read.
        self._target = target
        self._nm = str(name)
        self._args = args
        self._kwargs = kwargs or {}
        self._bg = current_thread().daemon if daemon is None else daemon
        self._tid = self._ntid = None
        self._end = Lock()
        self._locals = []

    def start(self):
        if self._begun:
            raise RuntimeError('threads can only be started once')
        self._begun = True
        self._end.acquire()
        up = Lock()
        up.acquire()
        try:
            _new(self._boot, (up,))
        except:
            self._end.release()
            raise
        up.acquire()

    def _boot(self, up):
        self._tid = i = get_ident()
        self._ntid = get_native_id()
        _live[i] = self
        up.release()
        try:
            self.run()
        except:
            try:
                excepthook(ExceptHookArgs(sys.exc_info()[:3] + (self,)))
            except:
                if sys.stderr:
                    print('Exception in threading.excepthook:', file=sys.stderr, flush=True)
                    sys.excepthook(*sys.exc_info())
        finally:
            for m in self._locals:
                m.pop(i, None)
            _live.pop(i, None)
            self._end.release()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._begun:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if self._gone:
            return
        e = self._end
        try:
            if e.acquire(True, -1 if timeout is None else max(timeout, 0)):
                e.release()
        except BaseException:
            # As CPython 3.11: a join interrupted (Ctrl-C) gives the thread
            # up -- it counts as stopped and the exit does not wait for it,
            # so one Ctrl-C ends a program whose worker loops for ever.
            self._gone = True
            raise

    def is_alive(self):
        return self._begun and not self._gone and self._end.locked()

    @property
    def name(self):
        return self._nm

    @name.setter
    def name(self, v):
        self._nm = str(v)

    @property
    def daemon(self):
        return self._bg

    @daemon.setter
    def daemon(self, v):
        if self._begun:
            raise RuntimeError('cannot set daemon status of active thread')
        self._bg = v

    ident = property(lambda s: s._tid)
    native_id = property(lambda s: s._ntid)

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, v):
        self.daemon = v

    def getName(self):
        return self._nm

    def setName(self, v):
        self.name = v

    def __repr__(self):
        s = 'initial'
        if self._begun:
            s = 'started' if self.is_alive() else 'stopped'
        if self._bg:
            s += ' daemon'
        if self._tid is not None:
            s += ' %s' % self._tid
        return '<%s(%s, %s)>' % (type(self).__name__, self._nm, s)


def _adopt(name, daemon):
    t = Thread(name=name, daemon=daemon)
    t._begun = True
    t._end.acquire()
    t._tid = i = get_ident()
    t._ntid = get_native_id()
    _live[i] = t
    return t


_main = _adopt('MainThread', False)


def current_thread():
    t = _live.get(get_ident())
    if t is None:
        _n[1] += 1
        t = _adopt('Dummy-%d' % _n[1], True)
    return t


def _after_fork():
    # In the child of os.fork(): only the forking thread is left, and it is
    # the main thread now; joining any other returns at once.
    global _main
    me = current_thread()
    for i, t in list(_live.items()):
        if t is not me:
            del _live[i]
            if t._end.locked():
                t._end.release()
    _main = me


def main_thread():
    return _main


def enumerate():
    return list(_live.values())


def active_count():
    return len(_live)


currentThread = current_thread
activeCount = active_count


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def _ldict(s):
    m, a, k = object.__getattribute__(s, '_local__m')
    i = get_ident()
    d = m.get(i)
    if d is None:
        d = m[i] = {}
        t = _live.get(i)
        if t:
            t._locals.append(m)
        type(s).__init__(s, *a, **k)
    return d


class _local:
    # Each thread's attributes live in a dict of their own, keyed by thread
    # ident; a Thread drops its entries when it ends. A new thread's first
    # access runs __init__ again with the constructor's arguments.
    # (CPython's class is _thread._local.)
    __module__ = '_thread'

    def __new__(cls, *a, **k):
        if (a or k) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        s = object.__new__(cls)
        m = {}
        object.__setattr__(s, '_local__m', (m, a, k))
        m[get_ident()] = {}
        t = _live.get(get_ident())
        if t:
            t._locals.append(m)
        return s

    def __getattribute__(self, n):
        d = _ldict(self)
        if n == '__dict__':
            return d
        if n in d:
            return d[n]
        return object.__getattribute__(self, n)

    def __setattr__(self, n, v):
        if n == '__dict__':
            raise AttributeError("'_thread._local' object attribute '__dict__' is read-only")
        p = getattr(type(self), n, None)
        if hasattr(p, '__set__'):
            p.__set__(self, v)
        else:
            _ldict(self)[n] = v

    def __delattr__(self, n):
        d = _ldict(self)
        if n in d:
            del d[n]
        else:
            object.__delattr__(self, n)  # its AttributeError names the class


local = _local
_exit_hooks = []


def _register_atexit(func, *arg, **kwargs):
    # Run at the start of _shutdown, before non-daemon threads are waited for
    # (concurrent.futures wakes its idle workers this way).
    _exit_hooks.append((func, arg, kwargs))


def _shutdown():
    if _main._end.locked():
        _main._end.release()
    while _exit_hooks:
        f, a, k = _exit_hooks.pop()
        f(*a, **k)
    while True:
        ts = [t for t in list(_live.values()) if not (t._bg or t._gone) and t is not _main]
        if not ts:
            break
        for t in ts:
            t.join()
