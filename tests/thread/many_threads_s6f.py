# 1,000 threads that end at once in every way a thread can end: returning,
# raising, sys.exit(), _thread.exit(), after a collection or much allocation.
import _thread, gc, sys, time

lock = _thread.allocate_lock()
count = [0]
ends = {}

def body(i):
    k = i % 6
    try:
        if k == 0:
            gc.collect()
        elif k == 1:
            [bytearray(64) for _ in range(20)]
        elif k == 2:
            raise SystemExit(5)
        elif k == 3:
            _thread.exit()
        elif k == 4:
            sys.exit()
        else:
            {j: str(j) for j in range(20)}
        how = 'returned'
    except SystemExit:
        how = 'exit'
        raise
    finally:
        with lock:
            count[0] += 1
            ends[k] = ends.get(k, 0) + 1

N = 1000
for i in range(N):
    _thread.start_new_thread(body, (i,))
    if i % 50 == 0:
        time.sleep(0)
t0 = time.time()
while time.time() - t0 < 10:
    with lock:
        if count[0] == N:
            break
    time.sleep(0.002)
print(count[0], sorted(ends.items()))
# threads that end while the next one starts: _count() goes back to 0
t0 = time.time()
while _thread._count() and time.time() - t0 < 5:
    time.sleep(0.002)
print('count', _thread._count())
