# A lock's acquire with a NaN timeout raises ValueError, as CPython, instead
# of waiting for ever (NaN passed the negative and too-large checks), for a
# free lock and a held one, through _thread and threading alike.
import _thread
import threading

nan = float('nan')


def attempt(what, fn):
    try:
        print(what, fn())
    except ValueError as e:
        print(what, 'ValueError', e)
    except OverflowError:
        print(what, 'OverflowError')  # (the messages differ)


held = _thread.allocate_lock()
held.acquire()
attempt('held', lambda: held.acquire(True, nan))
attempt('held, keyword', lambda: held.acquire(timeout=nan))
free = _thread.allocate_lock()
attempt('free', lambda: free.acquire(timeout=nan))
print('free still free:', not free.locked())
attempt('threading.Lock', lambda: threading.Lock().acquire(timeout=nan))
attempt('threading.RLock', lambda: threading.RLock().acquire(timeout=nan))
attempt('negative', lambda: held.acquire(timeout=-0.5))
attempt('infinite', lambda: held.acquire(timeout=float('inf')))
attempt('tiny', lambda: held.acquire(timeout=1e-300))
