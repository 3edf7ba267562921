# Lock/RLock.acquire(blocking, timeout): a timeout is a float or an integer
# (__index__), as CPython reads it; the errors are CPython's.
import _thread
import threading

for make in (threading.Lock, threading.RLock, _thread.allocate_lock):
    lock = make()
    for args in [('x', 0), ('x',), (1, 'y'), (0, 1), (True, -5), (1.5,), (None,), (1, 2), (1, 0.5), (True, True)]:
        try:
            got = lock.acquire(*args)
            print(args, got)
            if got:
                lock.release()
        except (TypeError, ValueError) as e:
            print(args, type(e).__name__, e)
