# threading: Thread lifecycle errors, subclasses, RLock, Event+Timer, Semaphores,
# Condition.wait_for, local, Barrier, daemon, excepthook, Lock timeouts.
import threading, time
r = []
t = threading.Thread(target=r.append, args=(1,), name="T1")
print(t.name, t.is_alive(), t.daemon, t.ident)
t.start(); t.join(); print(r, t.is_alive(), type(t.ident).__name__, t.native_id is not None)
try: t.start()
except RuntimeError: print("RuntimeError restart")
t2 = threading.Thread(target=lambda: None)
try: t2.join()
except RuntimeError: print("RuntimeError join unstarted")
try: threading.current_thread().join()
except RuntimeError: print("RuntimeError join self")
class T(threading.Thread):
    def __init__(self, n): super().__init__(); self.n = n; self.out = None
    def run(self): self.out = self.n * 2
ts = [T(i) for i in range(5)]
for x in ts: x.start()
for x in ts: x.join()
print([x.out for x in ts])
print(T(1).name.startswith("Thread-"))
rl = threading.RLock()
with rl:
    with rl: print("rlock nested")
try: rl.release()
except RuntimeError: print("RuntimeError rlock")
ev = threading.Event(); print(ev.is_set(), ev.wait(0.01))
threading.Timer(0.01, ev.set).start(); print(ev.wait(2), ev.is_set()); ev.clear(); print(ev.is_set())
sem = threading.Semaphore(2); print(sem.acquire(), sem.acquire(), sem.acquire(False)); sem.release(); sem.release()
bs = threading.BoundedSemaphore(1); bs.acquire(); bs.release()
try: bs.release()
except ValueError: print("ValueError bounded")
cond = threading.Condition(); items = []
def prod():
    for i in range(3):
        with cond: items.append(i); cond.notify()
p = threading.Thread(target=prod); 
got = []
with cond:
    p.start()
    while len(got) < 3:
        cond.wait_for(lambda: items, 2)
        got.extend(items); items.clear()
p.join(); print(got)
loc = threading.local(); loc.x = 1
def lf(): loc.x = 2; r.append(getattr(loc, "y", None))
th = threading.Thread(target=lf); th.start(); th.join(); print(loc.x, r)
print(threading.active_count(), len(threading.enumerate()), threading.get_ident() == threading.main_thread().ident)
b = threading.Barrier(3); res = []
def bf(i): res.append(b.wait() is not None)
ths = [threading.Thread(target=bf, args=(i,)) for i in range(3)]
for x in ths: x.start()
for x in ths: x.join()
print(res)
d = threading.Thread(target=time.sleep, args=(0.01,), daemon=True); d.start(); print(d.daemon); d.join(1); print(d.is_alive())
def bad(): raise ValueError("boom")
old = threading.excepthook
threading.excepthook = lambda a: print("hook", a.exc_type.__name__, a.exc_value, a.thread.name)
t = threading.Thread(target=bad, name="B"); t.start(); t.join()
threading.excepthook = old
lk = threading.Lock(); print(lk.acquire(timeout=0.01), lk.locked(), lk.acquire(timeout=0.01)); lk.release()
print(repr(lk)[:20])
