# Lock and RLock: blocking, non-blocking, timeouts, errors, with-statement,
# recursion and ownership of RLock.
import threading
import time

lk = threading.Lock()
print(lk.locked(), lk.acquire(), lk.locked())
print(lk.acquire(False), lk.acquire(True, 0.05), lk.acquire(timeout=0.01))
lk.release()
print(lk.locked())
try:
    lk.release()
except RuntimeError as e:
    print('RuntimeError')
try:
    lk.acquire(False, 1)
except ValueError as e:
    print('ValueError', e)
with lk:
    print('inside', lk.locked())
print(lk.locked())

# A lock held by another thread: acquire with a timeout fails, then succeeds
# once the holder releases it.
held = threading.Event()
go = threading.Event()


def holder():
    with lk:
        held.set()
        go.wait()


t = threading.Thread(target=holder)
t.start()
held.wait()
t0 = time.monotonic()
print(lk.acquire(timeout=0.1), time.monotonic() - t0 >= 0.09)
go.set()
print(lk.acquire(timeout=2))
lk.release()
t.join()

# A plain lock may be released by another thread.
lk.acquire()
t = threading.Thread(target=lk.release)
t.start()
t.join()
print(lk.locked())

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(False))
r.release()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)
with r:
    with r:
        print('nested')
res = []
r.acquire()


def other():
    res.append(r.acquire(False))
    try:
        r.release()
    except RuntimeError:
        res.append('not owner')


t = threading.Thread(target=other)
t.start()
t.join()
r.release()
print(res)
t = threading.Thread(target=other)
t.start()
t.join()
print(res)
