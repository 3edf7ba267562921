# threads: workers with a queue, locks, results collected deterministically
import threading, queue, time

def worker(q, results, lock, wid):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        r = sum(i * i for i in range(item))
        with lock:
            results[item] = (r, wid >= 0)
        q.task_done()

q = queue.Queue()
results = {}
lock = threading.Lock()
threads = [threading.Thread(target=worker, args=(q, results, lock, i)) for i in range(4)]
for t in threads:
    t.start()
for n in range(0, 200, 7):
    q.put(n)
for _ in threads:
    q.put(None)
q.join()
for t in threads:
    t.join()
print(len(results), sorted(results.items())[:5], all(t.is_alive() is False for t in threads))

counter = [0]
def bump(n):
    for _ in range(n):
        with lock:
            counter[0] += 1
ts = [threading.Thread(target=bump, args=(1000,)) for _ in range(4)]
[t.start() for t in ts]
[t.join() for t in ts]
print(counter[0])

class Account:
    def __init__(self, bal):
        self.bal = bal
        self.lock = threading.RLock()
    def withdraw(self, n):
        with self.lock:
            with self.lock:
                if self.bal >= n:
                    self.bal -= n
                    return True
                return False
acct = Account(1000)
ok = []
def spend():
    for _ in range(30):
        ok.append(acct.withdraw(10))
ts = [threading.Thread(target=spend) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(acct.bal, ok.count(True), ok.count(False))

ev = threading.Event()
got = []
def waiter():
    ev.wait()
    got.append("go")
t = threading.Thread(target=waiter)
t.start()
time.sleep(0.01)
print(got, ev.is_set())
ev.set()
t.join()
print(got)

cond = threading.Condition()
items = []
def consume(out):
    with cond:
        while not items:
            cond.wait()
        out.append(items.pop())
out = []
c = threading.Thread(target=consume, args=(out,))
c.start()
with cond:
    items.append(42)
    cond.notify()
c.join()
print(out)

class Job(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None
    def run(self):
        self.result = [x for x in range(self.n) if x % 3 == 0]
jobs = [Job(n) for n in (5, 10, 15)]
for j in jobs: j.start()
for j in jobs: j.join()
print([j.result for j in jobs])
local = threading.local()
def setlocal(v, out):
    local.v = v
    time.sleep(0.001)
    out.append(local.v == v)
res = []
ts = [threading.Thread(target=setlocal, args=(i, res)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(res, threading.current_thread() is threading.main_thread())
from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(lambda x: x ** 3, range(8))))
    fut = ex.submit(pow, 2, 100)
    print(fut.result())
