# queue across threads: workers with task_done()/join(), a bounded queue
# that blocks its producer, blocking get() woken by put().
import queue
import threading

q = queue.Queue()
results = []
lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            results.append(item * item)
        q.task_done()


ws = [threading.Thread(target=worker) for _ in range(4)]
for w in ws:
    w.start()
for i in range(40):
    q.put(i)
q.join()
print(sorted(results) == [i * i for i in range(40)], q.unfinished_tasks)
for w in ws:
    q.put(None)
for w in ws:
    w.join()
print(q.empty())

# Bounded: the producer blocks until the consumer takes items.
bq = queue.Queue(3)
got = []


def consume():
    for _ in range(20):
        got.append(bq.get())


c = threading.Thread(target=consume)
c.start()
for i in range(20):
    bq.put(i)
c.join()
print(got == list(range(20)), bq.qsize())

for kind in (queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    q2 = kind()
    out = []
    t = threading.Thread(target=lambda: out.append(q2.get(timeout=2)))
    t.start()
    q2.put(7)
    t.join()
    print(kind.__name__, out)
