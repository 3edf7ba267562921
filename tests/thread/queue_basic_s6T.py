# queue in one thread: order of the four kinds, sizes, Empty/Full, timeouts.
import queue

q = queue.Queue()
for i in (3, 1, 2):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
sq = queue.SimpleQueue()
for x in (3, 1, 2):
    lq.put(x)
    pq.put((x, str(x)))
    sq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)], [sq.get() for _ in range(3)])
print(sq.empty(), sq.qsize())
b = queue.Queue(2)
b.put_nowait('a')
b.put('b', timeout=0.01)
print(b.full(), b.qsize(), b.maxsize)
for f in (lambda: b.put_nowait('c'), lambda: b.put('c', False), lambda: b.put('c', True, 0.02)):
    try:
        f()
    except queue.Full as e:
        print('Full', repr(str(e)))
print(b.get_nowait(), b.get(False), b.qsize())
for q in (b, sq, lq, pq):
    for f in (q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.02)):
        try:
            f()
        except queue.Empty:
            print('Empty', type(q).__name__)
try:
    b.get(timeout=-1)
except ValueError as e:
    print('ValueError', e)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
q = queue.Queue()
q.put(1)
q.put(2)
print(q.unfinished_tasks)
q.get()
q.task_done()
q.get()
q.task_done()
q.join()
try:
    q.task_done()
except ValueError as e:
    print('ValueError', e)
print(isinstance(lq, queue.Queue), isinstance(pq, queue.Queue), list(q.queue))


class Named(queue.Queue):
    def _put(self, item):
        self.queue.append(item.upper())


n = Named()
n.put('x')
print(n.get())
