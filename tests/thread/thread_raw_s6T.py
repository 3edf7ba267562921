# The _thread module itself: start_new_thread, locks with timeouts, idents,
# exit(), error, _count().
import _thread
import time

lk = _thread.allocate_lock()
print(type(lk) is _thread.LockType, lk.locked())
print(lk.acquire(), lk.acquire(0), lk.acquire(1, 0.02), lk.acquire(True, 0))
lk.release()
print(lk.acquire_lock(), lk.locked_lock())
lk.release_lock()
try:
    lk.release()
except _thread.error:
    print('error')
print(_thread.error is RuntimeError)
for bad in (-2, _thread.TIMEOUT_MAX * 2):
    try:
        lk.acquire(True, bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__)
with lk:
    print(lk.locked())

done = _thread.allocate_lock()
done.acquire()
out = []


def f(a, b, c=0):
    out.append((a, b, c, _thread.get_ident() != main))
    done.release()


main = _thread.get_ident()
tid = _thread.start_new_thread(f, (1, 2), {'c': 3})
print(done.acquire(True, 5), out, isinstance(tid, int))


def quits():
    try:
        _thread.exit()
    finally:
        done.release()


_thread.start_new_thread(quits, ())
print(done.acquire(True, 5))
try:
    _thread.start_new_thread(f, [1, 2])
except TypeError:
    print('TypeError args')
try:
    _thread.start_new_thread(f, (1, 2), [])
except TypeError:
    print('TypeError kwargs')
try:
    _thread.exit()
except SystemExit as e:
    print('SystemExit', e.args)
print(isinstance(_thread.get_native_id(), int), type(_thread.stack_size()).__name__)
print(type(_thread.TIMEOUT_MAX).__name__)
time.sleep(0.02)
print(_thread._count())
