# os.utime with float seconds: the fraction is rounded down to the nanosecond
# (negative times borrow from the seconds); NaN is a ValueError and times
# beyond a 64-bit time_t an OverflowError.
import os

p = '/tmp/os_utime_float_s12C_%d' % os.getpid()
open(p, 'w').close()
try:
    for t in (1.0020030005, 4.005006, -1.5, -1e-20, 0.9999999999, 7):
        os.utime(p, (t, t + 1))
        st = os.stat(p)
        print(t, st.st_atime_ns, st.st_mtime_ns)
    for t in (float('nan'), float('inf'), -float('inf'), 1e300, 2 ** 70):
        try:
            os.utime(p, (t, 0))
        except (ValueError, OverflowError) as e:
            print(t, type(e).__name__)
finally:
    os.remove(p)
