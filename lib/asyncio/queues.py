# asyncio's queues: Queue, LifoQueue and PriorityQueue.
# (Part of lib/asyncio.py, which imports every public name here.)

from collections import deque as _deque
from heapq import heappop as _heappop, heappush as _heappush
from asyncio import Event, Future, QueueEmpty, QueueFull


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._init(maxsize)
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._all_done = Event()
        self._all_done.set()

    __class_getitem__ = classmethod(type(list[int]))

    # The store is the one thing the subclasses change (CPython's hooks).
    def _init(self, maxsize):
        self._queue = _deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= len(self._queue)

    def _wake_first(self, sleepers):
        while sleepers:
            f = sleepers.pop(0)
            if not f.done():
                f.set_result(None)
                break

    async def _sleep_on(self, sleepers, blocked):
        f = Future()
        sleepers.append(f)
        try:
            await f
        except:
            # Cancelled while still in line: just leave it. Cancelled after
            # being woken for the item (or room) that appeared: pass it on.
            f.cancel()
            if f in sleepers:
                sleepers.remove(f)
            elif not f.cancelled() and not blocked():
                self._wake_first(sleepers)
            raise

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._all_done.clear()
        self._wake_first(self._getters)

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wake_first(self._putters)
        return item

    async def put(self, item):
        while self.full():
            await self._sleep_on(self._putters, self.full)
        self.put_nowait(item)

    async def get(self):
        while self.empty():
            await self._sleep_on(self._getters, self.empty)
        return self.get_nowait()

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._all_done.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._all_done.wait()

    def __repr__(self):
        return '<%s at %#x %s>' % (type(self).__name__, id(self), self._format())

    def __str__(self):
        return '<%s %s>' % (type(self).__name__, self._format())

    def _format(self):
        r = 'maxsize=%r' % (self._maxsize,)
        if self._queue:
            r += ' _queue=%r' % (list(self._queue),)
        if self._getters:
            r += ' _getters[%d]' % len(self._getters)
        if self._putters:
            r += ' _putters[%d]' % len(self._putters)
        if self._unfinished_tasks:
            r += ' tasks=%d' % self._unfinished_tasks
        return r


class LifoQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop()


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)
