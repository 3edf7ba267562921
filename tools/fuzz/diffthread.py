#!/usr/bin/env python3
# Differential fuzzer for threaded code (session 30): seeded programs that use
# threading (Thread, locks, Condition, Semaphore, Event, Barrier, Timer,
# local, excepthook), queue and concurrent.futures' ThreadPoolExecutor and
# Future, run under ./micropython and CPython 3.11; their stdout and exit
# status are compared (what a dying thread prints to stderr is not).
# tools/fuzz/threads_fuzz.py looks for crashes; this one for other results.
#
#   tools/fuzz/diffthread.py [--seed N] [--count N] [--steps N] [--binary PATH]
#                            [--messages] [--only GEN,...] [--show N] [--print]
#                            [--start N]
#
# A program is a list of steps; a step is a function that logs what it sees
# (L(...) appends repr-like values, X(f) an exception's class name, with
# --messages also its text) and its lines print as "step.n value". Every
# step is deterministic in CPython: threads meet through joins, events and
# conditions, results that other threads collect are sorted, and a timeout
# is short only where the outcome cannot depend on scheduling (a lock that
# is held, a queue that stays empty); every wait has a timeout, so a program
# stops by itself. A differing step is confirmed alone; a difference of the
# whole program (its exit status, a hang) is shrunk with diffsock.shrink.
# Each way of differing is printed once.
#
# Not generated: thread names with a counter (Thread-N, Dummy-N,
# ThreadPoolExecutor-N_M: they count every thread the program made), how
# many workers a pool starts (CPython's depends on scheduling), blocking
# calls that could wait for ever, sys.settrace/setprofile. Idents and
# addresses in reprs are masked.
#
# Known differences that remain (session 30):
# - with --messages: an AttributeError names a C type of CPython's without
#   its module ('RLock', 'SimpleQueue', '_local' for '_thread.RLock',
#   '_queue.SimpleQueue', '_thread._local'); a non-number lock timeout is
#   "must be real number, not str" (CPython: "'str' object cannot be
#   interpreted as an integer"); cf.wait([1]) fails on another attribute.
# - not generated: concurrent.futures.Error exists here; wait() with an
#   unknown return_when does not raise ValueError; an RLock its owner takes
#   again accepts acquire('x', 0).

import os
import random
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import diffsock  # noqa: E402

PRELUDE = r'''
import threading, queue, time, sys, re, _thread
from concurrent import futures as cf
MSG = %(msg)r
def M(s):
    return re.sub("[0-9]{5,}", "N", re.sub("0x[0-9a-fA-F]+", "0x", s))
def R(v):
    if isinstance(v, (set, frozenset)):
        v = sorted(v, key=repr)
    return M(repr(v))
def E(e):
    return "E " + type(e).__name__ + (": " + M(str(e)) if MSG else "")
def X(f, *a, **k):
    try:
        return R(f(*a, **k))
    except Exception as e:
        return E(e)
def RUN(k, f):
    out = []
    try:
        f(out)
    except Exception as e:
        out.append(E(e))
    for j, v in enumerate(out):
        print("%%d.%%d %%s" %% (k, j, v if type(v) is str and v[:2] in ("E ", "R ") else "R " + R(v)))
def TH(fn, *a, **k):
    t = threading.Thread(target=fn, args=a, kwargs=k)
    t.start()
    return t
def JOIN(*ts):
    for t in ts:
        t.join(5)
def BUSY(ev):
    ev.wait(5)
    return "busy"
def FREE(lk):
    # can another thread take lk now? (a blocking call would not hang)
    r = []
    def f():
        if lk.acquire(False):
            r.append(1)
            lk.release()
    TH(f).join(5)
    return bool(r)
def BOOM(x):
    raise ValueError(x)
'''


def pick(r, l):
    return r.choice(l)


def ind(body):
    return "\n".join("    " + l for l in body.split("\n"))


# --- threading.Thread ------------------------------------------------------

def gen_thread(r):
    name = pick(r, ["None", "'w'", "'worker-1'", "5", "''"])
    daemon = pick(r, ["None", "True", "False"])
    args = pick(r, ["()", "(1,)", "(1, 2)", "[3]", "(1, 2, 3)"])
    kw = pick(r, ["None", "{}", "{'c': 9}", "{'z': 1}"])
    b = """got = []
def f(a=0, b=0, c=0):
    got.append((a, b, c, threading.current_thread().name == t.name, threading.current_thread() is not threading.main_thread()))
t = threading.Thread(target=f, args=%s, kwargs=%s%s%s)""" % (args, kw,
        "" if name == "None" else ", name=%s" % name, "" if daemon == "None" else ", daemon=%s" % daemon)
    ops = [
        "L(t.is_alive())", "L(t.ident)", "L(t.native_id)", "L(t.daemon)",
        "L(X(t.join))", "L(X(t.join, 0))",
        "L(t.name if %s is not None else t.name.endswith(' (f)'))" % name,
        "L(M(repr(t)) if %s is not None else 0)" % name,
        "L(X(setattr, t, 'daemon', True))", "L(t.isDaemon())",
        "L(X(t.setName, 'n2')); L(t.getName())",
    ]
    pre = [pick(r, ops) for _ in range(r.randint(0, 3))]
    start = ["t.start()", "L(X(t.start))"]
    post = ["L(X(t.start))", "L(X(t.join, %s))" % pick(r, ["None", "0", "1", "-1", "0.5"]),
        "L(t.is_alive())", "L(type(t.ident).__name__)", "L(type(t.native_id).__name__)",
        "L(t in threading.enumerate())", "L(t.ident == t.native_id or True)",
        "L(X(setattr, t, 'daemon', False))", "L(t.daemon)",
        "L(got)", "L(X(t.run))", "L(M(repr(t)) if %s is not None else 0)" % name]
    post = [pick(r, post) for _ in range(r.randint(1, 4))]
    body = [b] + pre + [pick(r, start), "t.join(5)"] + post + ["L(got)"]
    return "\n".join(body)


def gen_subclass(r):
    body = """class W(threading.Thread):
    def __init__(self, n, **kw):
        super().__init__(**kw)
        self.n = n
        self.res = None
    def run(self):
        self.res = %s
ws = [W(i%s) for i in range(%d)]
for w in ws:
    w.start()
JOIN(*ws)
L([w.res for w in ws])
L([w.is_alive() for w in ws])
L([w.name for w in ws])""" % (pick(r, ["self.n * 2", "threading.current_thread() is self",
        "type(self).__name__", "threading.get_ident() == self.ident", "self._target"]),
        pick(r, [", name='w%d' % i", ", daemon=True, name=str(i)", ", name='x'"]), r.randint(1, 4))
    return body


def gen_registry(r):
    n = r.randint(1, 4)
    return """ev = threading.Event()
inside = []
def f():
    inside.append((threading.current_thread().name, threading.active_count() >= 2,
        threading.current_thread() in threading.enumerate(), threading.main_thread().name))
    ev.wait(5)
ts = [threading.Thread(target=f, name='t%%d' %% i%s) for i in range(%d)]
n0 = threading.active_count()
for t in ts:
    t.start()
L(threading.active_count() - n0)
L(sorted(t.name for t in threading.enumerate() if t in ts))
L(threading.main_thread() in threading.enumerate())
L(threading.current_thread() is threading.main_thread())
L(threading.main_thread().name)
L(type(threading.get_ident()).__name__)
L(type(threading.get_native_id()).__name__)
L(threading.get_ident() == threading.main_thread().ident)
L(%s)
ev.set()
JOIN(*ts)
L(threading.active_count() - n0)
L(sorted(inside))
L([t.is_alive() for t in ts])""" % (pick(r, ["", ", daemon=True"]), n,
        pick(r, ["threading.activeCount() - n0", "threading.currentThread().name",
            "type(threading.TIMEOUT_MAX).__name__", "threading.TIMEOUT_MAX > 1e6",
            "issubclass(threading.ThreadError, Exception)", "threading.ThreadError.__name__",
            "X(threading.Thread, target=1, bad=2)", "X(threading.Thread, None, None, 'n', (), {}, None)",
            "X(threading.Thread, group=1)", "threading.main_thread().daemon",
            "threading.main_thread().is_alive()", "X(threading.main_thread().join, 0)"]))


# --- locks -------------------------------------------------------------------

LOCK_OPS = ["L(lk.acquire(True, 0.01))", "L(lk.acquire(False))", "L(lk.acquire(blocking=False))",
    "L(lk.acquire(True, 0.01))", "L(lk.acquire(timeout=0))", "L(X(lk.acquire, False, 1))",
    "L(X(lk.acquire, True, -2))", "L(X(lk.acquire, timeout=-1) if FREE(lk) else 0)", "L(X(lk.release))",
    "L(lk.locked())", "L(M(repr(lk)))", "L(X(lk.acquire, 'x', 0))", "L(X(lk.acquire, True, 'a'))",
    "if lk.acquire(False):\n    lk.release()\n    with lk:\n        L(lk.locked())", "L(X(lk.__enter__) if FREE(lk) else 0)", "L(X(lk.__exit__, None, None, None))",
    "L(X(lk.acquire_lock, False))", "L(X(lk.release_lock))", "L(X(lk.locked_lock))",
    "L(OTHER(lk.acquire, False))", "L(OTHER(lk.acquire, True, 0.01))", "L(OTHER(lk.release))"]
OTHER = """def OTHER(f, *a):
    out = []
    t = TH(lambda: out.append(X(f, *a)))
    t.join(5)
    return out[0] if out else 'hung'"""


def gen_lock(r):
    kind = pick(r, ["threading.Lock()", "threading.RLock()", "_thread.allocate_lock()"])
    ops = [pick(r, LOCK_OPS) for _ in range(r.randint(2, 8))]
    if "RLock" in kind:
        # (an RLock a dead thread holds: its ident may come back)
        ops = [o for o in ops if "repr" not in o and "OTHER(lk.acquire" not in o]
    return OTHER + "\nlk = %s\n" % kind + "\n".join(ops) + "\nL(lk.locked() if hasattr(lk, 'locked') else 0)"


def gen_lock_handoff(r):
    kind = pick(r, ["threading.Lock()", "threading.RLock()"])
    return """lk = %s
got = []
lk.acquire()
def f():
    got.append(lk.acquire(True, %s))
    if got[-1]:
        lk.release()
t = TH(f)
%s
lk.release()
t.join(5)
L(got)
L(X(lk.release))""" % (kind, pick(r, ["5", "-1", "2"]), pick(r, ["time.sleep(0.01)", "pass", "time.sleep(0)"]))


# --- Condition ----------------------------------------------------------------

def gen_condition(r):
    lk = pick(r, ["threading.Lock()", "threading.RLock()"])
    n = r.randint(1, 4)
    k = r.randint(0, n)
    way = pick(r, ["c.notify(%d)" % k, "c.notify_all()", "c.notifyAll()", "[c.notify() for _ in range(%d)]" % k])
    if "all" in way.lower():
        k = n
    pre = pick(r, ["L(X(c.wait, 0))", "L(X(c.notify))", "L(X(c.notify_all))", "L(X(c.wait_for, lambda: 1))",
        "L(X(c.release))", "with c:\n    L(c.wait(0.01))", "with c:\n    L(c.wait_for(lambda: 0, 0.01))",
        "with c:\n    L(c.wait_for(lambda: 5, 0.01))", "with c:\n    L(c.wait(timeout=0))",
        "with c:\n    L(c.wait(-1))", "with c:\n    L(c.notify(0))", "L(c.acquire()); c.release()",
        "with c:\n    L(c.wait_for(lambda: [], timeout=-1))", "L(X(threading.Condition, 1))",
        "with c:\n    L(X(c.notify, -1))"])
    # c2 (on the same lock) tells the main thread of each wake-up, without
    # waking the other waiters of c
    return """lk = %s
c = threading.Condition(lk)
c2 = threading.Condition(lk)
state = {'in': 0, 'woke': 0}
%s
def f(i):
    with c:
        state['in'] += 1
        c2.notify()
        if c.wait(5):
            state['woke'] += 1
            c2.notify()
ts = [TH(f, i) for i in range(%d)]
with c:
    L(c2.wait_for(lambda: state['in'] == %d, 5))
    %s
with c:
    L(c2.wait_for(lambda: state['woke'] == %d, 5))
time.sleep(0.02)
with c:
    L(state['woke'])
    c.notify_all()
JOIN(*ts)
L(state)""" % (lk, pre, n, n, way, k, )


def gen_wait_for(r):
    return """c = threading.Condition()
box = []
def prod():
    for i in range(%d):
        with c:
            box.append(i)
            c.notify()
t = TH(prod)
got = []
with c:
    L(c.wait_for(lambda: len(box) >= %d, 5))
    got = list(box)
t.join(5)
L(sorted(box))
L(len(got) >= %d)""" % ((lambda n: (n, n, n))(r.randint(1, 5)))


# --- Semaphore ----------------------------------------------------------------

SEM_OPS = ["L(s.acquire(True, 0.01))", "L(s.acquire(False))", "L(s.acquire(timeout=0.01))", "L(X(s.acquire, False, 1))",
    "L(s.acquire(blocking=False))", "L(X(s.release))", "L(X(s.release, 2))", "L(X(s.release, 0))",
    "L(X(s.release, -1))", "L(s._value if hasattr(s, '_value') else s._value)", "L(M(repr(s)))",
    "if s.acquire(False):\n    s.release()\n    with s:\n        L(s.acquire(False))", "L(X(s.acquire, True, -1) if FREE(s) else 0)", "L(X(s.__exit__, None, None, None))",
    "L(OTHER(s.acquire, True, 0.01))", "L(OTHER(s.release))", "L(X(s.acquire, timeout=0))"]


def gen_semaphore(r):
    kind = pick(r, ["Semaphore", "BoundedSemaphore"])
    v = pick(r, ["", "0", "1", "2", "3", "-1", "value=2"])
    ops = [pick(r, SEM_OPS) for _ in range(r.randint(2, 8))]
    ops = [o for o in ops if "_value" not in o]
    return OTHER + "\ns = threading.%s(%s)\n" % (kind, v) + "\n".join(ops)


def gen_sem_threads(r):
    n = r.randint(1, 5)
    v = r.randint(1, 3)
    return """s = threading.BoundedSemaphore(%d)
mx = [0, 0]
g = threading.Lock()
def f():
    with s:
        with g:
            mx[0] += 1
            mx[1] = max(mx)
        time.sleep(0.005)
        with g:
            mx[0] -= 1
ts = [TH(f) for _ in range(%d)]
JOIN(*ts)
L(mx[0])
L(mx[1] <= %d)
L(X(s.release))""" % (v, n, v)


# --- Event ---------------------------------------------------------------------

def gen_event(r):
    ops = ["L(ev.is_set())", "ev.set()", "ev.clear()", "L(ev.wait(0))", "L(ev.wait(0.01))", "L(ev.isSet())",
        "L(ev.wait(timeout=-1))", "L(M(repr(ev)))", "L(X(ev.wait, 'x'))"]
    body = "ev = threading.Event()\n" + "\n".join(pick(r, ops) for _ in range(r.randint(1, 5)))
    body += """
ev.clear()
seen = []
def w():
    seen.append(ev.wait(5))
ts = [TH(w) for _ in range(%d)]
%s
ev.set()
JOIN(*ts)
L(seen)
L(ev.is_set())""" % (r.randint(1, 3), pick(r, ["time.sleep(0.01)", "pass"]))
    return body


# --- Barrier ---------------------------------------------------------------------

def gen_barrier(r):
    n = r.randint(1, 4)
    act = pick(r, ["None", "lambda: acts.append(1)", "lambda: BOOM(1)"])
    tmo = pick(r, ["None", "5"])
    extra = pick(r, ["", "b.abort()", "b.reset()", "L(X(b.wait, 0.01))"]) if n > 1 else ""
    return """acts = []
b = threading.Barrier(%d, action=%s, timeout=%s)
L(b.parties); L(b.n_waiting); L(b.broken)
res = []
def f():
    try:
        res.append(b.wait())
    except Exception as e:
        res.append(E(e))
%s
ts = [TH(f) for _ in range(%d)]
JOIN(*ts)
L(sorted(res, key=str))
L(acts)
L(b.broken); L(b.n_waiting)
L(X(b.wait, 0.01))
L(b.broken)
b.reset()
L(b.broken)
L(%s)""" % (n, act, tmo, extra, n - 1 if "abort" in extra or "wait" in extra else n,
        pick(r, ["M(repr(b))", "X(threading.Barrier, 0)", "X(threading.Barrier, -1)",
            "issubclass(threading.BrokenBarrierError, RuntimeError)", "X(b.wait, -1)"]))


def gen_barrier_abort(r):
    n = r.randint(2, 4)
    return """b = threading.Barrier(%d)
res = []
def f():
    try:
        res.append(b.wait(5))
    except Exception as e:
        res.append(E(e))
ts = [TH(f) for _ in range(%d)]
while b.n_waiting < %d:
    time.sleep(0.001)
L(b.n_waiting)
%s
JOIN(*ts)
L(sorted(res, key=str))
L(b.broken)
L(b.n_waiting)""" % (n, n - 1, n - 1, pick(r, ["b.abort()", "b.reset()", "L(X(b.wait, 0.05))"]))


# --- Timer -------------------------------------------------------------------------

def gen_timer(r):
    args = pick(r, ["", ", args=(1,)", ", args=[1, 2]", ", kwargs={'k': 3}", ", (4,), {'k': 5}"])
    cancel = pick(r, ["t.cancel()", "", "time.sleep(0.01)"])
    iv = pick(r, ["0", "0.01", "0.001"]) if cancel != "t.cancel()" else "2"
    return """got = []
def f(*a, **k):
    got.append((a, sorted(k.items())))
t = threading.Timer(%s, f%s)
L(isinstance(t, threading.Thread))
L(t.is_alive())
t.start()
%s
t.join(5)
L(got)
L(t.is_alive())
L(t.finished.is_set())
L(X(t.cancel))
L(%s)""" % (iv, args, cancel, pick(r, ["X(t.start)", "t.interval", "X(threading.Timer, 1)",
        "type(t).__name__", "t.daemon"]))


# --- local ---------------------------------------------------------------------------

def gen_local(r):
    sub = r.random() < 0.5
    base = """class Loc(threading.local):
    def __init__(self, v=0):
        self.v = v
        self.inits = threading.current_thread() is threading.main_thread()
d = Loc(%s)""" % pick(r, ["", "3", "v=4"]) if sub else "d = threading.local()\nd.v = 1"
    return base + """
d.x = 'main'
res = []
def f(i):
    res.append((X(getattr, d, 'x'), X(getattr, d, 'v'), hasattr(d, 'inits') and d.inits))
    d.x = i
    res.append(d.x)
ts = [TH(f, i) for i in range(%d)]
JOIN(*ts)
L(sorted(res, key=str))
L(d.x)
L(sorted(d.__dict__))
L(X(delattr, d, 'x'))
L(X(delattr, d, 'nope'))
L(X(getattr, d, 'x'))
L(%s)""" % (r.randint(1, 3), pick(r, ["X(threading.local, 1)", "X(setattr, d, '__dict__', {})",
        "type(d).__name__", "isinstance(d, threading.local)"]))


# --- exceptions in threads --------------------------------------------------------------

def gen_excepthook(r):
    exc = pick(r, ["ValueError('v')", "KeyError(1)", "SystemExit(3)", "ZeroDivisionError()",
        "RuntimeError", "KeyboardInterrupt()"])
    own = r.random() < 0.6
    hook = """seen = []
old = threading.excepthook
def hook(a):
    seen.append((a.exc_type.__name__, str(a.exc_value), a.thread is t, type(a.exc_traceback).__name__))
threading.excepthook = hook
""" if own else "seen = []\n"
    return hook + """def f():
    raise %s
t = threading.Thread(target=f)
t.start()
t.join(5)
L(t.is_alive())
L(seen)
L(threading.__excepthook__ is threading.excepthook)
%s""" % (exc, "threading.excepthook = old\nL(threading.excepthook is threading.__excepthook__)"
        if own else "L(type(threading.ExceptHookArgs).__name__ != '')")


def gen_exit(r):
    # the program's exit status when the main thread ends in a given way
    # while a thread works or after one died
    how = pick(r, ["sys.exit(%d)" % r.randint(0, 3), "raise SystemExit('bye')", "pass", "BOOM(1)",
        "threading.Thread(target=BOOM, args=(2,)).start()", "TH(time.sleep, 0.05)",
        "threading.Thread(target=time.sleep, args=(5,), daemon=True).start()"])
    return "L('exit')\nsys.stdout.flush()\n" + how


# --- queue ------------------------------------------------------------------------------

Q_OPS = ["L(X(q.put, %d, True, 0.02))", "L(X(q.put_nowait, %d))", "L(X(q.put, %d, False))", "L(X(q.put, %d, True, 0.01))",
    "L(X(q.get_nowait))", "L(X(q.get, False))", "L(X(q.get, True, 0.01))", "L(X(q.get, timeout=0))",
    "L(q.qsize())", "L(q.empty())", "L(X(q.full))", "L(X(q.task_done))", "L(X(q.get, True, -1))",
    "L(X(q.put, %d, timeout=-1))", "L(X(q.join))", "L(X(lambda: q.maxsize))", "L(X(lambda: q.unfinished_tasks))",
    "L(X(q.put, %d, block=False, timeout=5))", "L(X(q.get, block=False, timeout=-1))",
    "L(OTHER(q.get, True, 0.01))", "L(OTHER(q.put, %d, True, 0.01))", "L(X(q.put, (%d, 'a'), True, 0.02))"]


def gen_queue(r):
    kind = pick(r, ["Queue", "LifoQueue", "PriorityQueue", "SimpleQueue"])
    mx = "" if kind == "SimpleQueue" else pick(r, ["", "0", "1", "2", "3", "-1", "maxsize=2"])
    ops = []
    for _ in range(r.randint(3, 12)):
        o = pick(r, Q_OPS)
        if "%d" in o:
            o = o % r.randint(0, 9)
        if kind == "PriorityQueue" and "'a'" in o:
            continue
        if "join" in o and kind != "SimpleQueue":
            o = "if not getattr(q, 'unfinished_tasks', 0):\n    " + o
        ops.append(o)
    return OTHER + "\nq = queue.%s(%s)\n" % (kind, mx) + "\n".join(ops) + "\nL(sorted(iter(lambda: X(q.get_nowait), E(queue.Empty()))))"


def gen_queue_threads(r):
    kind = pick(r, ["Queue", "LifoQueue", "PriorityQueue", "SimpleQueue"])
    n = r.randint(1, 3)
    items = r.randint(0, 12)
    mx = "" if kind == "SimpleQueue" else str(r.randint(0, 3))
    join = kind != "SimpleQueue" and r.random() < 0.6
    return """q = queue.%s(%s)
out = []
def work():
    while True:
        v = q.get(timeout=5)
        if v == 99:
            %s
            break
        out.append(v * 2)
        %s
ts = [TH(work) for _ in range(%d)]
for i in range(%d):
    q.put(i, timeout=5)
%s
while q.qsize():
    time.sleep(0.001)
for _ in ts:
    q.put(99)  # (after every item: a LIFO queue would give it out first)
JOIN(*ts)
L(sorted(out))
L(q.qsize())
L(X(q.get_nowait))""" % (kind, mx, "q.task_done()" if join else "pass", "q.task_done()" if join else "pass",
        n, items, "q.join()\nL(len(out))" if join else "")


# --- concurrent.futures ----------------------------------------------------------------

def gen_executor(r):
    mw = pick(r, ["", "1", "2", "4", "max_workers=3", "0", "-1", "'a'"])
    fn = pick(r, ["lambda x: x * x", "BOOM", "str", "lambda x: 1 // (x - 2)", "abs"])
    items = "range(%d)" % r.randint(0, 5)
    ops = [
        "L(sorted(X(f.result, 5) for f in fs))",
        "L(sorted(R(f.exception(5)) for f in fs))",
        "cf.wait(fs, 5)\nL(sorted(f.done() for f in fs))",
        "cf.wait(fs, 5)\nL(sorted(f.cancelled() for f in fs))",
        "cf.wait(fs, 5)\nL(sorted(f.running() for f in fs))",
        "L(X(lambda: list(ex.map(%s, %s))))" % (fn, items),
        "L(X(lambda: list(ex.map(%s, %s, timeout=5))))" % (fn, items),
        "L(X(lambda: list(ex.map(pow, [2, 3], [4, 5]))))",
        "L(sorted(X(f.result) for f in cf.as_completed(fs, timeout=5)))",
        "d, nd = cf.wait(fs, 5)\nL((len(d), len(nd)))",
        "d, nd = cf.wait(fs, 5, cf.ALL_COMPLETED)\nL((len(d), len(nd)))",
        "d, nd = cf.wait(fs, timeout=5, return_when=cf.FIRST_EXCEPTION)\nL(len(d) + len(nd))",
        "L(type(cf.wait(fs, 5)).__name__)",
        "L(sorted(X(f.result) for f in cf.wait(fs, 5).done))",
        "L(X(lambda: ex.submit(%s).exception(5)))" % fn if fn == "abs" else "L(X(lambda: ex.submit(%s, 3).result(5)))" % fn,
        "L(X(lambda: ex.submit(%s, x=1).result(5)))" % fn,
        "L(X(lambda: ex.submit(fn=abs)))",
        "L(X(lambda: ex.submit().result(5)))",
        "cb = []\nf = ex.submit(%s, 3)\nf.result(5) if not f.exception(5) else 0\nf.add_done_callback(lambda g: cb.append(g.done()))\nL(cb)" % fn,
    ]
    sd = pick(r, ["", "ex.shutdown()", "ex.shutdown(wait=True)", "ex.shutdown(False)",
        "ex.shutdown(cancel_futures=True)", "ex.shutdown(wait=False, cancel_futures=True)"])
    body = "ex = cf.ThreadPoolExecutor(%s)\nfs = [ex.submit(%s, i) for i in %s]\n" % (mw, fn, items)
    body += "\n".join(pick(r, ops) for _ in range(r.randint(1, 4)))
    body += "\n" + sd + "\nL(X(lambda: ex.submit(abs, -1).result(5)))\nex.shutdown()\nL(sorted(f.done() for f in fs))"
    if mw in ("0", "-1", "'a'"):
        body = "L(X(cf.ThreadPoolExecutor, %s))" % mw
    return body


def gen_cancel(r):
    # one worker kept busy, so what is queued behind it is still pending
    ops = ["L(fs[1].cancel())", "L(fs[0].cancel())", "L(fs[1].cancelled())", "L(fs[0].running())",
        "L(fs[1].running())", "L(fs[1].done())", "L(X(fs[1].result, 0))", "L(X(fs[1].result, 0.01))",
        "L(X(fs[1].exception, 0.01))", "L(M(repr(fs[1])))", "L(M(repr(fs[0])))",
        "d, nd = cf.wait(fs, 0.01, cf.FIRST_COMPLETED)\nL((len(d), len(nd)))",
        "d, nd = cf.wait(fs[1:], 0.01, cf.FIRST_COMPLETED)\nL((len(d), len(nd)))",
        "L(X(lambda: [f.result() for f in cf.as_completed(fs[1:], timeout=0.01)]))",
        "fs[1].add_done_callback(lambda g: cbs.append(('cb', g.cancelled())))"]
    body = """ev = threading.Event()
cbs = []
ex = cf.ThreadPoolExecutor(1)
fs = [ex.submit(BUSY, ev), ex.submit(abs, -5), ex.submit(BOOM, 7)]
while not fs[0].running():
    time.sleep(0.001)
""" + "\n".join(pick(r, ops) for _ in range(r.randint(1, 6)))
    body += "\n" + pick(r, ["ev.set()\nex.shutdown()", "ex.shutdown(wait=False, cancel_futures=True)\nev.set()\nex.shutdown()",
        "ev.set()\nex.shutdown(cancel_futures=True)", "ev.set()\nwith ex: pass"])
    body += """
L([X(f.result, 5) for f in fs])
L([f.done() for f in fs])
L(sorted(cbs))
L(%s)""" % pick(r, ["[f.cancelled() for f in fs]", "[M(repr(f)) for f in fs]", "[R(f.exception(1)) if not f.cancelled() else 'c' for f in fs]"])
    return body


def gen_first_exc(r):
    return """ev = threading.Event()
ex = cf.ThreadPoolExecutor(%d)
fs = [ex.submit(BUSY, ev), ex.submit(BOOM, 1)]
d, nd = cf.wait(fs, 5, %s)
L((len(d), len(nd)))
L(sorted(X(f.result, 0) for f in d))
ev.set()
ex.shutdown()
d, nd = cf.wait(fs, 5, cf.FIRST_EXCEPTION)
L((len(d), len(nd)))""" % (r.randint(2, 3), pick(r, ["cf.FIRST_EXCEPTION", "cf.FIRST_COMPLETED", "'FIRST_EXCEPTION'"]))


def gen_future(r):
    ops = ["L(X(f.set_result, 1))", "L(X(f.set_exception, ValueError('x')))", "L(X(f.result, 0))",
        "L(X(f.exception, 0))", "L(X(f.result, timeout=0.01))", "L(f.cancel())", "L(f.cancelled())",
        "L(f.done())", "L(f.running())", "L(X(f.set_running_or_notify_cancel))", "L(M(repr(f)))",
        "f.add_done_callback(lambda g: cb.append(('cb', g.done(), g.cancelled())))",
        "f.add_done_callback(lambda g: BOOM(0))",
        "L(cb)", "L(X(f.set_result, [1]))", "L(X(f.set_exception, KeyError))",
        "L(X(f.set_exception, cf.CancelledError()))", "L(sorted(X(g.result) for g in cf.as_completed([f], 0.01)))",
        "L(X(lambda: [g.result() for g in cf.as_completed([f], 0)]))",
        "L(len(cf.wait([f], 0).done))", "L(TH(lambda: f.set_result(9)).join(5))",
        "L(X(f.result, 5) if f.done() else 'nd')"]
    return "f = cf.Future()\ncb = []\n" + "\n".join(pick(r, ops) for _ in range(r.randint(2, 8))) + "\nL(cb)\nL(f.done())"


def gen_futures_misc(r):
    return "L(%s)" % pick(r, ["cf.TimeoutError is TimeoutError",
        "cf.FIRST_COMPLETED", "cf.ALL_COMPLETED",
        "cf.FIRST_EXCEPTION", "issubclass(cf.BrokenExecutor, RuntimeError)",
        "issubclass(cf.ThreadPoolExecutor, cf.Executor)", "X(cf.wait, [], 0)",
        "list(cf.as_completed([]))", "X(cf.wait, [1], 0)", "cf.Future.__name__",
        "issubclass(queue.Full, Exception)", "issubclass(queue.Empty, Exception)",
        "queue.SimpleQueue().put(1, block=False, timeout=3)", "X(queue.Queue().task_done)",
        "X(cf.Executor().submit, abs, 1)", "X(lambda: list(cf.Executor().map(abs, [1])))",
        "X(lambda: cf.ThreadPoolExecutor(initializer=1))"])


def gen_initializer(r):
    init = pick(r, ["lambda: None", "lambda: BOOM(0)", "lambda *a: seen.append(a)"])
    return """seen = []
ex = cf.ThreadPoolExecutor(%d, initializer=%s, initargs=%s)
fs = [ex.submit(abs, -i) for i in range(%d if "seen" in %r else 1)]
L(sorted(X(f.result, 5) if not isinstance(f.exception(5), cf.BrokenExecutor) else 'broken' for f in fs))
ex.shutdown()
L(X(lambda: ex.submit(abs, 1).result(5)))
L(sorted(set(seen)))""" % (r.randint(1, 3), init, pick(r, ["()", "(1,)", "[2, 3]"]), r.randint(1, 4), init)


def gen_context(r):
    return """out = []
with cf.ThreadPoolExecutor(%d) as ex:
    fs = [ex.submit(lambda i: out.append(i) or i, i) for i in range(%d)]
L(sorted(out))
L(all(f.done() for f in fs))
L(X(ex.submit, abs, 1))
with cf.ThreadPoolExecutor(%s) as ex:
    L(X(lambda: list(ex.map(lambda a, b: a - b, range(%d), [5, 6, 7]))))""" % (r.randint(1, 3), r.randint(0, 6),
        pick(r, ["", "2"]), r.randint(0, 4))


GENS = {name[4:]: fn for name, fn in list(globals().items()) if name.startswith("gen_")}
WEIGHT = {"thread": 3, "lock": 3, "condition": 2, "semaphore": 2, "queue": 3, "executor": 3, "cancel": 2,
    "future": 3, "exit": 0}


def step_source(k, body):
    return "def _s%d(out):\n    L = out.append\n%s\nRUN(%d, _s%d)" % (k, ind(body), k, k)


def program(steps, messages):
    # an "exit" step ends the program: it goes last
    steps = sorted(steps, key=lambda s: s[1].startswith("L('exit')"))
    return (PRELUDE % {"msg": messages}) + "\n".join(step_source(k, b) for k, b in steps) + "\n"


def run(binary, src, timeout=30):
    # stdout and the exit status (stderr is not compared: a thread's traceback)
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(src)
        path = f.name
    try:
        p = subprocess.run([binary, path], capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
        out = p.stdout.decode("utf-8", "replace") + "<exit %d>" % p.returncode
    except subprocess.TimeoutExpired:
        out = "<timeout>"
    finally:
        os.unlink(path)
    return out


def parse_lines(out):
    res = {}
    for line in out.splitlines():
        n, _, rest = line.partition(" ")
        if re.match(r"\d+\.\d+$", n):
            res[n] = rest
    res["end"] = out[out.rfind("<"):]
    return res


def main():
    ap = diffsock.keyed_fuzzer_args(__doc__, GENS, 12)
    ap.add_argument("--start", type=int, default=0, help="number of the first program")
    a = ap.parse_args()
    names = a.only or list(GENS)
    pool = [n for n in names for _ in range(WEIGHT.get(n, 1) if a.only is None else 1)]
    seen, found = set(), 0
    diffsock.run = run
    diffsock.CPYTHON = a.cpython
    for n in range(a.start, a.start + a.count):
        r = random.Random(a.seed * 100003 + n)
        steps = [(k, GENS[pick(r, pool)](r)) for k in range(a.steps)]
        if r.random() < 0.15 and not a.only:
            steps.append((a.steps, gen_exit(r)))
        src = program(steps, a.messages)
        if a.print:
            print(src)
            return 0
        mine, ref = parse_lines(run(a.binary, src)), parse_lines(run(a.cpython, src))
        if ref["end"] not in ("<exit 0>", "<exit 1>", "<exit 2>", "<exit 3>"):
            print("program %d: CPython ended with %s" % (n, ref["end"]))
        # (one report a program: a later line may follow from the first)
        found += diffsock.keyed_differences(
            mine, ref, seen, lambda key, k: confirm(a, steps, k), a, first_only=True)
    print("%d programs, %d differences" % (a.count, found))
    return 1 if found else 0


def confirm(a, steps, k):
    # the step alone; else (or for the program's end) the steps shrunk
    def src(t):
        return program(t, a.messages)
    tries = [[s for s in steps if s[0] == k]] if k is not None else []
    tries.append(steps)
    for t in tries:
        s = src(t)
        d = diffsock.first_diff(run(a.binary, s), run(a.cpython, s))
        if d is None:
            continue
        if len(t) > 1:
            t = diffsock.shrink(a.binary, t, src, diffsock.key(d))
            s = src(t)
            d = diffsock.first_diff(run(a.binary, s), run(a.cpython, s)) or d
        return s[len(PRELUDE % {"msg": a.messages}):].rstrip(), d[1], d[2]
    return None


if __name__ == "__main__":
    sys.exit(main())
