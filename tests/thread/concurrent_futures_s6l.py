# concurrent.futures: ThreadPoolExecutor with submit/map/shutdown, Future
# states and callbacks, wait() and as_completed(), exceptions and cancellation.
import concurrent.futures as cf
import threading
import time

def square(x):
    time.sleep(0.01 * (x % 3))
    return x * x

def boom(x):
    raise ValueError('bad %d' % x)

with cf.ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    fs = [ex.submit(square, i) for i in range(6)]
    print(sorted(f.result() for f in cf.as_completed(fs)))
    done, not_done = cf.wait(fs)
    print(len(done), len(not_done))
    f = ex.submit(boom, 3)
    try:
        f.result()
    except ValueError as e:
        print('ValueError', e)
    print(type(f.exception()).__name__, f.done(), f.cancelled(), f.running())
    seen = []
    g = ex.submit(square, 7)
    g.add_done_callback(lambda fut: seen.append(fut.result()))
    g.result()
    time.sleep(0.01)
    print(seen)
    ex.submit(pow, 2, 10).add_done_callback(lambda fut: seen.append(fut.result()))
    names = set(ex.submit(lambda: threading.current_thread().name).result() for i in range(3))
    print(all(n.startswith('ThreadPoolExecutor-') for n in names))

# First exception, first completed, timeouts.
with cf.ThreadPoolExecutor(2) as ex:
    slow = ex.submit(time.sleep, 0.3)
    bad = ex.submit(boom, 1)
    done, not_done = cf.wait([slow, bad], return_when=cf.FIRST_EXCEPTION)
    print([f is bad for f in done], len(not_done))
    fast = ex.submit(square, 3)
    done, not_done = cf.wait([fast, slow], return_when=cf.FIRST_COMPLETED)
    print([f.result() for f in done])
    try:
        slow.result(timeout=0.01)
    except cf.TimeoutError:
        print('TimeoutError')
    print(cf.wait([]).done)

# Futures made by hand; cancellation of queued work.
f = cf.Future()
print(f.done(), f.cancel(), f.cancelled(), f.done())
try:
    f.result()
except cf.CancelledError:
    print('CancelledError')
f = cf.Future()
f.set_result(5)
print(f.result(), f.cancel())
try:
    f.set_result(6)
except cf.InvalidStateError:
    print('InvalidStateError')
ex = cf.ThreadPoolExecutor(1)
blocker = ex.submit(time.sleep, 0.1)
queued = [ex.submit(square, i) for i in range(3)]
ex.shutdown(wait=True, cancel_futures=True)
print(blocker.done(), [q.cancelled() for q in queued])
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    cf.ThreadPoolExecutor(0)
except ValueError as e:
    print('ValueError', e)

# Work still queued when the program ends is done first.
ex2 = cf.ThreadPoolExecutor(1)
for i in range(3):
    ex2.submit(lambda i=i: (time.sleep(0.02), print('late', i)))
print('main done')
