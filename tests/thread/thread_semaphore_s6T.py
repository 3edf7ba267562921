# Semaphore limits concurrency; BoundedSemaphore refuses extra releases.
import threading
import time

sem = threading.Semaphore(2)
lock = threading.Lock()
now = [0]
peak = [0]


def work():
    with sem:
        with lock:
            now[0] += 1
            peak[0] = max(peak[0], now[0])
        time.sleep(0.02)
        with lock:
            now[0] -= 1


ts = [threading.Thread(target=work) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak[0], now[0])

s = threading.Semaphore(0)
print(s.acquire(False), s.acquire(timeout=0.02), s.acquire(blocking=False))
s.release()
s.release(2)
print(s.acquire(), s.acquire(), s.acquire(), s.acquire(False))
try:
    s.acquire(False, 1)
except ValueError as e:
    print('ValueError', e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError', e)
try:
    s.release(0)
except ValueError as e:
    print('ValueError', e)
b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError', e)
print(isinstance(b, threading.Semaphore))

# A release from another thread wakes a blocked acquire.
s = threading.Semaphore(0)
t = threading.Timer(0.02, s.release)
t.start()
print(s.acquire(timeout=2))
t.join()
