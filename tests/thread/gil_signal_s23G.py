# A signal for the main thread while it waits (lock, sleep, join) and two
# other threads keep passing the GIL between themselves: its handler must
# run during the wait, and every thread must go on afterwards. (Bounds are
# generous: only a handler deferred to the end of the wait fails.)
import _thread, signal, time

stop = [False]
counts = [0, 0]
done = _thread.allocate_lock()
done.acquire()
left = [2]


def spin(i):
    while not stop[0]:
        counts[i] += 1
    with lk_left:
        left[0] -= 1
        if left[0] == 0:
            done.release()


lk_left = _thread.allocate_lock()
for i in range(2):
    _thread.start_new_thread(spin, (i,))


class Alarm(Exception):
    pass


def handler(s, f):
    raise Alarm


signal.signal(signal.SIGALRM, handler)
held = _thread.allocate_lock()
held.acquire()
for what in ("lock", "sleep", "lock", "sleep"):
    t = time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    try:
        if what == "lock":
            r = held.acquire(True, 20)
        else:
            time.sleep(20)
        print(what, "not interrupted")
    except Alarm:
        print(what, "interrupted early:", time.monotonic() - t < 10)

# The handler may also just return: the wait goes on to its end.
def quiet(s, f):
    got.append(1)

got = []
signal.signal(signal.SIGALRM, quiet)
signal.setitimer(signal.ITIMER_REAL, 0.02)
print("acquire after quiet handler:", held.acquire(True, 0.3), got)

stop[0] = True
print("threads finished:", done.acquire(True, 20))
print("both ran:", counts[0] > 0 and counts[1] > 0)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
