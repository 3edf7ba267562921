# time: fields, validation, isoformat/timespec, strftime, tz-aware compare
from datetime import time, timedelta, timezone, tzinfo


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


print(time.min, time.max, time.resolution, repr(time.min), repr(time.max))
t = time(13, 5, 9, 120)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
for x in [time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(1, 2, fold=1),
          time(23, 59, 59, 999999, timezone.utc), time(12, tzinfo=timezone(timedelta(hours=-5, minutes=-30))),
          time(hour=7, microsecond=5, tzinfo=timezone.utc, fold=1)]:
    print(str(x), repr(x), bool(x))

for args, kw in [((24,), {}), ((1, 60), {}), ((1, 1, 60), {}), ((1, 1, 1, 10 ** 6), {}),
                 ((-1,), {}), ((), dict(fold=2)), ((), dict(tzinfo=1)), ((1.5,), {}),
                 ((), dict(tzinfo='UTC'))]:
    show(lambda: time(*args, **kw))

for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, t.isoformat(spec), time(1, 2).isoformat(timespec=spec),
          time(1, 2, 3, 999999, timezone.utc).isoformat(spec))
show(lambda: t.isoformat('x'))
show(lambda: t.isoformat(timespec='Hours'))

# strftime uses 1900-01-01 for the date part
print(t.strftime('%H:%M:%S.%f %I %p %Y-%m-%d %j %a|%z|%Z|%%'))
tz = timezone(timedelta(hours=5, minutes=30), 'IST')
print(time(1, 2, tzinfo=tz).strftime('%H%M %z %Z'), format(time(1, 2), '%H.%M'), format(t, ''))
print(time(1, tzinfo=timezone(timedelta(seconds=-3661, microseconds=-5))).strftime('%z'))
show(lambda: t.strftime(1))

# offsets
a = time(12, tzinfo=tz)
print(a.utcoffset(), a.tzname(), a.dst(), t.utcoffset(), t.tzname(), t.dst())

# replace
print(repr(t.replace(hour=1)), repr(t.replace(tzinfo=tz)), repr(a.replace(tzinfo=None)),
      repr(t.replace(fold=1)), repr(t.replace(microsecond=0, second=0)))
show(lambda: t.replace(minute=61))

# comparisons
b = time(6, 30, tzinfo=timezone.utc)
print(a == b, a < b, a > b, time(6, 30) == time(6, 30, fold=1), t < time(14), t == 5)
print(time(12, tzinfo=tz) == time(12, tzinfo=timezone(timedelta(hours=5, minutes=30))))
print(hash(a) == hash(b), hash(time(6, 30)) == hash(time(6, 30, fold=1)))
show(lambda: time(1) < time(1, tzinfo=timezone.utc))
print(time(1) == time(1, tzinfo=timezone.utc), time(1) != time(1, tzinfo=timezone.utc))
show(lambda: t < 5)
show(lambda: t + timedelta(1))
show(lambda: t - t)
print(sorted([time(5), time(1), time(3, 30)]))


class Fixed(tzinfo):
    # a user-defined zone whose utcoffset ignores its argument
    def __init__(self, minutes):
        self.m = minutes

    def utcoffset(self, dt):
        return timedelta(minutes=self.m)

    def tzname(self, dt):
        return 'F%d' % self.m

    def dst(self, dt):
        return timedelta(0)


u = time(10, 0, tzinfo=Fixed(60))
print(u.isoformat(), u.tzname(), u.utcoffset(), u == time(9, 0, tzinfo=timezone.utc))


class Bad(tzinfo):
    def __init__(self, v):
        self.v = v

    def utcoffset(self, dt):
        return self.v

    def tzname(self, dt):
        return self.v


show(lambda: time(1, tzinfo=Bad(5)).utcoffset())
show(lambda: time(1, tzinfo=Bad(timedelta(days=1))).isoformat())
show(lambda: time(1, tzinfo=Bad(5)).tzname())
show(lambda: time(1, tzinfo=Bad(None)).isoformat())
show(lambda: time(1, tzinfo=tzinfo()).utcoffset())
show(lambda: time(1, tzinfo=tzinfo()).isoformat())

# fromisoformat
for s in ['12', '12:30', '1230', '12:30:45', '123045', '12:30:45.1', '12:30:45.123456',
          '12:30:45.1234567', '12:30:45,5', 'T12:30', '12:30Z', '12:30:45+05:30', '12:30:45-0530',
          '12:30:45+05', '12:30:45.123+00:00', '12:30:45 +05:30', '24:00', '1:30', '12:3',
          '12:30:45.', '12:30Z ', '', 'T', '12:30:45+24:00', '12:30:45-23:59:59.999999', '12.5']:
    show(lambda: time.fromisoformat(s))
show(lambda: time.fromisoformat(5))
for x in [t, a, b, time(1, 2, 3, 4, timezone(timedelta(seconds=-1, microseconds=7)))]:
    print(time.fromisoformat(x.isoformat()) == x)
show(lambda: time(1).isoformat(5))
show(lambda: time(1).isoformat(timespec=None))
