# Lock/RLock.acquire check their arguments as CPython 3.11 does: blocking is
# an int (a str or float is a TypeError), and an RLock its owner takes again
# still rejects a timeout with blocking=False or a negative timeout.
import _thread
import threading

for lk in (_thread.allocate_lock(), threading.RLock()):
    for a in [("x", 0), (2.5,), (None,), ([],), (1, 0), (0,), (True, 0.5)]:
        try:
            r = lk.acquire(*a)
            print(a, r)
            if r:
                lk.release()
        except Exception as e:
            print(a, type(e).__name__)

r = threading.RLock()
r.acquire()
for a in [(False, 1), (True, -2), (False, 0), (True, -1), (False,), (True, 0)]:
    try:
        print(a, r.acquire(*a))
    except ValueError as e:
        print(a, "ValueError", e)
try:
    r.acquire(timeout=-5)
except ValueError as e:
    print("ValueError", e)
n = 0
while True:
    try:
        r.release()
        n += 1
    except RuntimeError:
        break
print("released", n)
