# localtime/gmtime/ctime of a time_t whose year the C library cannot hold is
# an OSError (EOVERFLOW), as in CPython; beyond time_t it is OverflowError,
# NaN a ValueError.
import errno
import time

for f in (time.localtime, time.gmtime, time.ctime):
    for t in (2 ** 33, -2 ** 33, 2 ** 60, -2 ** 60, 2 ** 63, 1e300, float('-inf'), float('nan')):
        try:
            r = f(t)
            print(f.__name__, t, 'ok', r[:1] if isinstance(r, tuple) else len(r) > 0)
        except OSError as e:
            print(f.__name__, t, 'OSError', e.errno == errno.EOVERFLOW)
        except (OverflowError, ValueError) as e:
            print(f.__name__, t, type(e).__name__)
