# asyncio's synchronisation primitives: Event, ThreadSafeFlag, Lock, Semaphore,
# BoundedSemaphore, Condition and Barrier.
# (Part of lib/asyncio.py, which imports every public name here.)

import asyncio as _a
from asyncio import BrokenBarrierError, CancelledError, Future, _me, _parked, _queue_me, _tie


class Event:
    def __init__(self):
        self._flag = False
        self._waiters = []

    def is_set(self):
        return self._flag

    def set(self):
        if not self._flag:
            self._flag = True
            for f in self._waiters:
                if not f.done():
                    f.set_result(True)

    def clear(self):
        self._flag = False

    async def wait(self):
        if not self._flag:
            await _in_line(self._waiters)
        return True

    def __repr__(self):
        return _Guarded._repr(self, 'set' if self._flag else 'unset', self._waiters)


class ThreadSafeFlag:
    # MicroPython: a flag one task waits on; wait() consumes the flag.
    def __init__(self):
        self._flag = False
        self._sleeper = None

    def set(self):
        # Any thread may call this: the waiter is woken on the loop's own
        # thread, where its check of the flag and its parking cannot be split.
        self._flag = True
        if _a._running is None:
            self._check()
        else:
            _a._running.call_soon_threadsafe(self._check)

    def _check(self):
        t = self._sleeper
        if self._flag and t is not None:
            self._sleeper = None
            t._loop._wake(t)

    def clear(self):
        self._flag = False

    def _drop(self, task):
        if self._sleeper is task:
            self._sleeper = None

    async def wait(self):
        while not self._flag:
            me = _me()
            if self._sleeper is not None and self._sleeper is not me:
                raise RuntimeError('ThreadSafeFlag already has a waiter')
            self._sleeper = me
            _tie(me, (self._drop, me))
            await _parked
        self._flag = False


class _Guarded:
    # `async with` on a lock-like object: acquire(), then release().

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, *exc):
        self.release()

    def _repr(self, state, waiters):
        if waiters:
            state += ', waiters:%d' % len(waiters)
        return '<asyncio.locks.%s object at %#x [%s]>' % (type(self).__name__, id(self), state)


async def _in_line(waiters, on_cancel=None):
    # Wait on a fresh future at the back of `waiters`. As in CPython, the
    # future stays in line, done, until its task runs; then it leaves however
    # the wait ended. on_cancel(future) runs if the wait was cancelled.
    f = Future()
    waiters.append(f)
    try:
        try:
            await f
        finally:
            waiters.remove(f)
    except CancelledError:
        if on_cancel:
            on_cancel(f)
        raise


def _live(waiters):
    # Anybody in line whose wait was not cancelled?
    return any(not f.cancelled() for f in waiters)


class Lock(_Guarded):
    # release() wakes the first waiter but does not hand it the lock: it takes
    # the lock when it runs, and until then newcomers queue behind it.
    def __init__(self):
        self._locked = False
        self._waiters = []

    def locked(self):
        return self._locked

    async def acquire(self):
        if self._locked or _live(self._waiters):
            await _in_line(self._waiters, self._pass_on)
        self._locked = True
        return True

    def _pass_on(self, f):
        # A waiter was cancelled, maybe just after being woken.
        if not self._locked:
            self._wake_first()

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_first()

    def _wake_first(self):
        w = self._waiters
        if w and not w[0].done():
            w[0].set_result(True)

    def __repr__(self):
        return self._repr('locked' if self._locked else 'unlocked', self._waiters)


class Semaphore(_Guarded):
    # A release wakes the first waiter not yet woken and sets a unit aside
    # for it; a woken waiter that is cancelled gives its unit back.
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = []

    def locked(self):
        return self._value == 0 or _live(self._waiters)

    async def acquire(self):
        if self.locked():
            await _in_line(self._waiters, self._give_back)
            if self._value > 0:
                self._wake_next()
        else:
            self._value -= 1
        return True

    def _give_back(self, f):
        if not f.cancelled():
            Semaphore.release(self)

    def release(self):
        self._value += 1
        self._wake_next()

    def _wake_next(self):
        for f in self._waiters:
            if not f.done():
                self._value -= 1
                f.set_result(True)
                break

    def __repr__(self):
        return self._repr(
            'locked' if self.locked() else 'unlocked, value:%d' % self._value, self._waiters)


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        Semaphore.release(self)


class Condition(_Guarded):
    def __init__(self, lock=None):
        self._lock = lock if lock is not None else Lock()
        self._waiters = []
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    async def wait(self):
        if not self._lock.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        _me()  # no loop running: fail before letting go of the lock
        self._lock.release()
        try:
            await _in_line(self._waiters)
            return True
        finally:
            # Whatever happened, give the lock back to the caller; a cancel
            # that came while taking it back is raised once we have it.
            late = False
            while True:
                try:
                    await self._lock.acquire()
                    break
                except CancelledError:
                    late = True
            if late:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._lock.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        for f in self._waiters:
            if n < 1:
                break
            if not f.done():
                n -= 1
                f.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))

    def __repr__(self):
        return self._repr('locked' if self.locked() else 'unlocked', self._waiters)


class Barrier:
    # Tasks meet here: wait() parks until `parties` tasks have come, then all
    # go on. After a trip the barrier drains (until every released task has
    # left wait()) before a new round fills; reset() and abort() break waits.
    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = parties
        self._state = 'filling'
        self._count = 0      # tasks inside wait()
        self._sleepers = []  # tasks parked until the state changes

    parties = property(lambda self: self._parties)
    n_waiting = property(lambda self: self._count if self._state == 'filling' else 0)
    broken = property(lambda self: self._state == 'broken')

    def _stir(self):
        for t in self._sleepers[:]:
            t._loop._wake(t)

    async def _sleep(self):
        _queue_me(self._sleepers)
        await _parked

    async def wait(self):
        while self._state in ('draining', 'resetting'):
            await self._sleep()
        if self._state == 'broken':
            raise BrokenBarrierError('Barrier aborted')
        index = self._count
        self._count += 1
        try:
            if index + 1 == self._parties:
                self._state = 'draining'
                self._stir()
            else:
                while self._state == 'filling':
                    await self._sleep()
                if self._state != 'draining':
                    raise BrokenBarrierError('Abort or reset of barrier')
            return index
        finally:
            self._count -= 1
            if not self._count:
                if self._state != 'broken':
                    self._state = 'filling'
                self._stir()

    async def reset(self):
        self._state = 'resetting' if self._count else 'filling'
        self._stir()

    async def abort(self):
        self._state = 'broken'
        self._stir()

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc):
        pass

    def __repr__(self):
        s = self._state
        if s != 'broken':
            s += ', waiters:%d/%d' % (self.n_waiting, self._parties)
        return '<asyncio.locks.Barrier object at %#x [%s]>' % (id(self), s)
