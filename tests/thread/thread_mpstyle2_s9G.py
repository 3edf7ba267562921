# MicroPython tests/thread style: _thread with busy-waits on a shared counter
# (thread_exc1, thread_gc1, thread_qstr1, thread_shared*, thread_exit*,
# thread_start*, mutate_*), all outputs independent of scheduling.
import _thread
import gc
import time

lock = _thread.allocate_lock()
n_thread = 4
n_finished = 0


def wait_all(n):
    while n_finished < n:
        pass


# exceptions raised and caught in threads, with collections
def foo():
    raise ValueError


def exc_entry(n):
    global n_finished
    for i in range(n):
        try:
            foo()
        except ValueError:
            pass
        if i % 50 == 0:
            gc.collect()
    with lock:
        n_finished += 1


for i in range(n_thread):
    _thread.start_new_thread(exc_entry, (200,))
wait_all(n_thread)
print('exc done')

# start_new_thread's arguments: tuple, kwargs, errors
res = []


def f(a, b=0, *, c=1):
    global n_finished
    res.append((a, b, c, _thread.get_ident() != main_id))
    with lock:
        n_finished += 1


main_id = _thread.get_ident()
n_finished = 0
_thread.start_new_thread(f, (1,))
wait_all(1)
_thread.start_new_thread(f, (1, 2), {'c': 3})
wait_all(2)
print(res, type(main_id).__name__, main_id == _thread.get_ident())
for args in ((f, 1), (f, (), ()), (1, ()), (f,), (f, (), {}, 1)):
    try:
        _thread.start_new_thread(*args)
        print('no error')
    except TypeError:
        print('TypeError')

# _thread.exit() and SystemExit end a thread quietly
n_finished = 0


def ex(how):
    global n_finished
    with lock:
        n_finished += 1
    if how:
        _thread.exit()
    raise SystemExit


for i in range(n_thread):
    _thread.start_new_thread(ex, (i % 2,))
wait_all(n_thread)
time.sleep(0.02)
print('exit done')

# interning many new names in threads at once
n_finished = 0


def qstr_entry(k):
    global n_finished
    for i in range(200):
        s = 'qstr_%d_%d' % (k, i)
        assert getattr(type('T' + s, (), {s: i}), s) == i
    with lock:
        n_finished += 1


for i in range(n_thread):
    _thread.start_new_thread(qstr_entry, (i,))
wait_all(n_thread)
print('qstr done')

# a shared list, dict, set, bytearray and instance mutated by all threads
lst = []
d = {}
s = set()
ba = bytearray()


class A:
    pass


inst = A()
n_finished = 0


def mutate(k):
    global n_finished
    for i in range(300):
        lst.append(i)
        d['%d_%d' % (k, i)] = i
        s.add(i * 10 + k)
        setattr(inst, 'x%d' % k, i)
        ba.append(i & 255)
    for i in range(0, 300, 2):
        lst.remove(i)
        del d['%d_%d' % (k, i)]
        s.remove(i * 10 + k)
        ba.pop()
    with lock:
        n_finished += 1


for i in range(n_thread):
    _thread.start_new_thread(mutate, (i,))
wait_all(n_thread)
print(len(lst), sorted(lst) == sorted(list(range(1, 300, 2)) * n_thread), len(d), len(s), len(ba))
print(sorted(inst.__dict__.items()))

# reading shared immutable data
tup = tuple(range(100))
sums = [0] * n_thread
n_finished = 0


def reader(k):
    global n_finished
    tot = 0
    for _ in range(50):
        tot += sum(tup)
    sums[k] = tot
    with lock:
        n_finished += 1


for i in range(n_thread):
    _thread.start_new_thread(reader, (i,))
wait_all(n_thread)
print(sums)

# many short threads, one after another
n_finished = 0


def short(i):
    global n_finished
    with lock:
        n_finished += 1


for i in range(200):
    _thread.start_new_thread(short, (i,))
wait_all(200)
print('create done', n_finished)

# deep recursion in a thread ends in RecursionError (a RuntimeError)
n_finished = 0


def rec(n):
    return rec(n + 1)


def rec_entry():
    global n_finished
    try:
        rec(0)
    except RuntimeError:
        print('RuntimeError')
    with lock:
        n_finished += 1


_thread.start_new_thread(rec_entry, ())
wait_all(1)

# locks: timeouts, errors, release by another thread
lk = _thread.allocate_lock()
print(type(lk).__name__, _thread.LockType is type(lk), lk.locked())
print(lk.acquire(), lk.acquire(0), lk.acquire(False), lk.acquire(1, 0.01))
lk.release()
try:
    lk.release()
except RuntimeError:
    print('RuntimeError')
for a in ((1, -2), (0, 1)):
    try:
        lk.acquire(*a)
    except ValueError:
        print('ValueError')
try:
    with lk:
        raise KeyError
except KeyError:
    print('KeyError', lk.locked())
lk.acquire()


def releaser():
    time.sleep(0.02)
    lk.release()


_thread.start_new_thread(releaser, ())
print(lk.acquire(1, 5))
print(lk.acquire(1, 0.02), lk.locked())
lk.release()
