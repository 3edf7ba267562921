# queue: CPython's synchronized queues; one lock shared by three conditions.
from threading import Lock, Condition
from collections import deque
from heapq import heappush, heappop


class Empty(Exception):
    pass


class Full(Exception):
    pass


def _wait(c, ready, block, timeout):
    if not block:
        timeout = 0
    elif timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    return c.wait_for(ready, timeout)


class Queue:
    __class_getitem__ = classmethod(type(list[int]))  # Queue[int] (PEP 585)
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = m = Lock()
        self.not_empty = Condition(m)
        self.not_full = Condition(m)
        self.all_tasks_done = Condition(m)
        self.unfinished_tasks = 0

    def task_done(self):
        with self.mutex:
            n = self.unfinished_tasks - 1
            if n < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = n
            if not n:
                self.all_tasks_done.notify_all()

    def join(self):
        with self.mutex:
            self.all_tasks_done.wait_for(lambda: not self.unfinished_tasks)

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        return not self.qsize()

    def full(self):
        return 0 < self.maxsize <= self.qsize()

    def put(self, item, block=True, timeout=None):
        with self.mutex:
            if self.maxsize > 0 and not _wait(self.not_full, lambda: self._qsize() < self.maxsize, block, timeout):
                raise Full
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.mutex:
            if not _wait(self.not_empty, self._qsize, block, timeout):
                raise Empty
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, False)

    def get_nowait(self):
        return self.get(False)

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class LifoQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class SimpleQueue:
    __class_getitem__ = classmethod(type(list[int]))  # Queue[int] (PEP 585)
    def __init__(self):
        self._q = deque()
        # A re-entrant lock: a __del__ run by the collector inside put() may put again.
        self._c = Condition()

    def put(self, item, block=True, timeout=None):
        with self._c:
            self._q.append(item)
            self._c.notify()

    def get(self, block=True, timeout=None):
        with self._c:
            if not _wait(self._c, lambda: self._q, block, timeout):
                raise Empty
            return self._q.popleft()

    def put_nowait(self, item):
        self.put(item)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._q

    def qsize(self):
        return len(self._q)
