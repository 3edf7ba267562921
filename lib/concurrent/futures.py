# concurrent.futures: Future, ThreadPoolExecutor, wait and as_completed
# (CPython's API; no ProcessPoolExecutor: there is no multiprocessing).
import collections
import threading
import time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING, _RUNNING, _CANCELLED, _NOTIFIED, _FINISHED = ('PENDING', 'RUNNING', 'CANCELLED',
                                                        'CANCELLED_AND_NOTIFIED', 'FINISHED')
_DONE = (_CANCELLED, _NOTIFIED, _FINISHED)


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class BrokenThreadPool(BrokenExecutor):
    pass


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


class Future:
    __class_getitem__ = classmethod(type(list[int]))  # Queue[int] (PEP 585)
    def __init__(self):
        self._cond = threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._waiters = []

    def __repr__(self):
        with self._cond:
            s = self._state
            if s == _FINISHED:
                if self._exception is not None:
                    return '<Future at %#x state=finished raised %s>' % (id(self), type(self._exception).__name__)
                return '<Future at %#x state=finished returned %s>' % (id(self), type(self._result).__name__)
            return '<Future at %#x state=%s>' % (id(self), s.lower() if s != _NOTIFIED else 'cancelled')

    def _run_callbacks(self):
        for fn in self._callbacks:
            try:
                fn(self)
            except Exception as e:
                import sys
                print('exception calling callback for', self, file=sys.stderr)
                sys.print_exception(e)

    def cancel(self):
        with self._cond:
            if self._state in (_RUNNING, _FINISHED):
                return False
            if self._state in (_CANCELLED, _NOTIFIED):
                return True
            self._state = _CANCELLED
            self._cond.notify_all()
        self._run_callbacks()
        return True

    def cancelled(self):
        with self._cond:
            return self._state in (_CANCELLED, _NOTIFIED)

    def running(self):
        with self._cond:
            return self._state == _RUNNING

    def done(self):
        with self._cond:
            return self._state in _DONE

    def _outcome(self):
        if self._state in (_CANCELLED, _NOTIFIED):
            raise CancelledError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def _wait(self, timeout):
        with self._cond:
            if self._state not in _DONE:
                self._cond.wait(timeout)
            if self._state in (_CANCELLED, _NOTIFIED):
                raise CancelledError()
            if self._state != _FINISHED:
                raise TimeoutError()

    def result(self, timeout=None):
        self._wait(timeout)
        return self._outcome()

    def exception(self, timeout=None):
        self._wait(timeout)
        return self._exception

    def add_done_callback(self, fn):
        with self._cond:
            if self._state not in _DONE:
                self._callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as e:
            import sys
            sys.print_exception(e)

    def set_running_or_notify_cancel(self):
        with self._cond:
            if self._state == _CANCELLED:
                self._state = _NOTIFIED
                for w in self._waiters:
                    w.add(self)
                return False
            if self._state == _PENDING:
                self._state = _RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exc):
        with self._cond:
            if self._state in (_CANCELLED, _NOTIFIED, _FINISHED):
                raise InvalidStateError('%s: %r' % (self._state, self))
            self._result = result
            self._exception = exc
            self._state = _FINISHED
            for w in self._waiters:
                w.add(self)
            self._cond.notify_all()
        self._run_callbacks()

    def set_result(self, result):
        self._finish(result, None)

    def set_exception(self, exception):
        self._finish(None, exception)


class _Waiter:
    # Collects futures as they finish, for wait() and as_completed().
    def __init__(self, mode, pending):
        self.mode = mode
        self.left = pending
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished = []
        if pending == 0:
            self.event.set()

    def add(self, f):
        with self.lock:
            self.finished.append(f)
            self.left -= 1
            if (self.mode == FIRST_COMPLETED or self.left <= 0 or
                    self.mode == FIRST_EXCEPTION and f._state == _FINISHED and f._exception is not None):
                self.event.set()

    def take(self):
        with self.lock:
            got = self.finished
            self.finished = []
            self.event.clear()
        return got


def _attach(fs, mode):
    w = _Waiter(mode, len(fs))
    for f in fs:
        with f._cond:
            if f._state in (_NOTIFIED, _FINISHED):
                w.add(f)
            else:
                f._waiters.append(w)
    return w


def _detach(fs, w):
    for f in fs:
        with f._cond:
            if w in f._waiters:
                f._waiters.remove(w)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    w = _attach(fs, return_when)
    w.event.wait(timeout)
    _detach(fs, w)
    done = set(w.take())
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    end = None if timeout is None else time.monotonic() + timeout
    fs = set(fs)
    pending = set(fs)
    w = _attach(fs, FIRST_COMPLETED)
    try:
        while pending:
            got = w.take()
            if not got:
                left = None if end is None else end - time.monotonic()
                if left is not None and left <= 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), len(fs)))
                w.event.wait(left)
                continue
            for f in got:
                if f in pending:
                    pending.remove(f)
                    yield f
    finally:
        _detach(fs, w)


# Executors with workers: at exit their workers finish the queued work and
# end (the program waits for them, as for any non-daemon thread).
_live = set()


def _at_exit():
    for e in list(_live):
        e.shutdown(wait=False)


threading._register_atexit(_at_exit)


class Executor:
    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        end = None if timeout is None else time.monotonic() + timeout
        fs = [self.submit(fn, *a) for a in zip(*iterables)]

        def results():
            try:
                fs.reverse()
                while fs:
                    if end is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end - time.monotonic())
            finally:
                for f in fs:
                    f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = 5
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        ThreadPoolExecutor._counter += 1
        self._max_workers = max_workers
        self._prefix = thread_name_prefix or 'ThreadPoolExecutor-%d' % (ThreadPoolExecutor._counter - 1)
        self._init = (initializer, initargs)
        self._queue = collections.deque()
        self._cond = threading.Condition()
        self._threads = set()
        self._idle = 0
        self._shutdown = False
        self._broken = False

    def submit(self, fn, /, *args, **kwargs):
        with self._cond:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = Future()
            self._queue.append((f, fn, args, kwargs))
            if self._idle > 0:
                self._cond.notify()
            elif len(self._threads) < self._max_workers:
                t = threading.Thread(name='%s_%d' % (self._prefix, len(self._threads)), target=self._worker)
                self._threads.add(t)
                _live.add(self)
                t.start()
            return f

    def _worker(self):
        fn, args = self._init
        if fn is not None:
            try:
                fn(*args)
            except BaseException:
                with self._cond:
                    self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
                    while self._queue:
                        f = self._queue.popleft()[0]
                        if f.set_running_or_notify_cancel():
                            f.set_exception(BrokenThreadPool(self._broken))
                    self._cond.notify_all()
                return
        while True:
            with self._cond:
                while not self._queue and not self._shutdown:
                    self._idle += 1
                    self._cond.wait()
                    self._idle -= 1
                if not self._queue:
                    return
                f, fn, args, kwargs = self._queue.popleft()
            if not f.set_running_or_notify_cancel():
                continue
            try:
                r = fn(*args, **kwargs)
            except BaseException as e:
                f.set_exception(e)
            else:
                f.set_result(r)
            f = None

    def shutdown(self, wait=True, *, cancel_futures=False):
        _live.discard(self)
        with self._cond:
            self._shutdown = True
            if cancel_futures:
                while self._queue:
                    self._queue.popleft()[0].cancel()
            self._cond.notify_all()
        if wait:
            for t in list(self._threads):
                t.join()
