# os.stat_result / time.struct_time built from Python: the optional dict of
# name-only fields, __reduce__ and copy, tuple operations, wrong arguments.
import os, time, copy
r = os.stat_result(tuple(range(10)), {'st_atime_ns': 5, 'st_mtime': 2.5, 'unknown': 1})
print(r)
print(r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns, r.st_ctime_ns, r.st_rdev)
print(r.__reduce__()[1])
print(os.stat_result(r.__reduce__()[1][0], r.__reduce__()[1][1]).st_mtime)
t = time.gmtime(0)
print(t.__reduce__()[1])
c = copy.copy(t)
print(c == t, c.tm_zone, c.tm_gmtoff, type(c) is type(t), c)
print(t[1:3], t * 1 == tuple(t), 1970 in t, t + (1,), (0,) + t[:1], t.count(0), t.index(1970))
u = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0))
print(u.tm_zone, u.tm_gmtoff, u.n_unnamed_fields, r.n_unnamed_fields)
for f in [lambda: os.stat_result(tuple(range(10)), 5), lambda: os.stat_result((1, 2)),
          lambda: time.struct_time(range(12)), lambda: os.stat_result(5),
          lambda: setattr(t, 'tm_year', 1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
