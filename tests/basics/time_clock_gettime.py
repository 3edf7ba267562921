# time.clock_gettime(_ns) and clock_getres with the CLOCK_* ids: types,
# consistency with the named clocks, and errors for bad ids.
import time

ids = ['CLOCK_REALTIME', 'CLOCK_MONOTONIC', 'CLOCK_PROCESS_CPUTIME_ID', 'CLOCK_THREAD_CPUTIME_ID']
for name in ids:
    c = getattr(time, name)
    a = time.clock_gettime(c)
    b = time.clock_gettime_ns(c)
    r = time.clock_getres(c)
    print(name, type(c).__name__, type(a).__name__, type(b).__name__, type(r).__name__,
          0 < r <= 0.01, abs(b / 1e9 - a) < 1.0)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1.0)
print(abs(time.clock_gettime(time.CLOCK_MONOTONIC) - time.monotonic()) < 1.0)
t1 = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
t2 = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
print(t2 >= t1)
for bad in [12345, -7]:
    for f in (time.clock_gettime, time.clock_gettime_ns, time.clock_getres):
        try:
            f(bad)
            print('no error')
        except OSError as e:
            print('OSError', e.errno)
for bad in ['x', 1.5, None]:
    try:
        time.clock_gettime(bad)
    except TypeError:
        print('TypeError')
print(time.process_time() >= 0, time.thread_time() >= 0, type(time.process_time_ns()).__name__)
