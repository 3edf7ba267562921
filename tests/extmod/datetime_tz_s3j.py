# timezone (fixed offsets) and user tzinfo subclasses with DST
from datetime import datetime, date, time, timedelta, timezone, tzinfo


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


H = timedelta(hours=1)
print(repr(timezone.utc), str(timezone.utc), repr(timezone.min), repr(timezone.max),
      str(timezone.min), str(timezone.max))
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), 'UTC') is timezone.utc,
      timezone(timedelta(0), 'UTC') == timezone.utc)
for z in [timezone(H), timezone(-H), timezone(H * 5.5, 'IST'), timezone(timedelta(seconds=61)),
          timezone(-timedelta(hours=1, seconds=1, microseconds=5)), timezone(timedelta(0), 'Z0'),
          timezone(offset=timedelta(minutes=-90), name='')]:
    print(repr(z), str(z), z.tzname(None), z.utcoffset(None), z.dst(None),
          z.utcoffset(datetime(2020, 1, 1)), z.tzname(datetime(2020, 1, 1)))
print(timezone(H, 'A') == timezone(H, 'B'), timezone(H) != timezone(-H), timezone(H) == H,
      hash(timezone(H, 'A')) == hash(timezone(H)), len({timezone(H), timezone(H, 'x'), timezone.utc}))
show(lambda: timezone(timedelta(hours=24)))
show(lambda: timezone(-timedelta(hours=24)))
show(lambda: timezone(5))
show(lambda: timezone(H, 5))
show(lambda: timezone(H, None))
show(lambda: timezone.utc.utcoffset(5))
show(lambda: timezone.utc.tzname('x'))
show(lambda: timezone.utc.dst(date(2020, 1, 1)))
show(lambda: timezone.utc.fromutc(datetime(2020, 1, 1)))
show(lambda: timezone.utc.fromutc(5))
z = timezone(H * 2)
print(repr(z.fromutc(datetime(2020, 1, 1, 23, tzinfo=z))))
show(lambda: z.fromutc(datetime(2020, 1, 1, tzinfo=timezone(H * 2))))
print(isinstance(timezone.utc, tzinfo), issubclass(timezone, tzinfo))

# the abstract base
base = tzinfo()
show(lambda: base.utcoffset(None))
show(lambda: base.dst(None))
show(lambda: base.tzname(None))
show(lambda: base.fromutc(datetime(2020, 1, 1)))
show(lambda: base.fromutc(datetime(2020, 1, 1, tzinfo=base)))


def first_sunday_on_or_after(d):
    return d + timedelta(days=(6 - d.weekday()) % 7)


class Eastern(tzinfo):
    # US Eastern rules since 2007: DST from 2:00 on the second Sunday of
    # March to 2:00 on the first Sunday of November
    std = timedelta(hours=-5)

    def _bounds(self, year):
        start = first_sunday_on_or_after(datetime(year, 3, 8, 2))
        end = first_sunday_on_or_after(datetime(year, 11, 1, 2))
        return start, end

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start, end = self._bounds(dt.year)
        naive = dt.replace(tzinfo=None)
        if start + H <= naive < end - H:
            return H
        if end - H <= naive < end:
            return timedelta(0) if dt.fold else H
        if start <= naive < start + H:
            return H if dt.fold else timedelta(0)
        return timedelta(0)

    def utcoffset(self, dt):
        return self.std + self.dst(dt)

    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'

    def __repr__(self):
        return 'Eastern()'


E = Eastern()
for stamp in ['2020-03-08T06:59', '2020-03-08T07:00', '2020-07-01T12:00',
              '2020-11-01T05:30', '2020-11-01T06:30', '2020-12-25T00:00']:
    u = datetime.fromisoformat(stamp).replace(tzinfo=timezone.utc)
    loc = u.astimezone(E)
    print(stamp, repr(loc), loc.tzname(), loc.utcoffset(), loc.dst(), loc.isoformat(),
          loc.astimezone(timezone.utc) == u)
# the default tzinfo.fromutc on a user class
print(repr(E.fromutc(datetime(2020, 7, 1, 16, tzinfo=E))))
# fold matters for the repeated hour; equality across zones is then False
x0 = datetime(2020, 11, 1, 1, 30, tzinfo=E)
x1 = x0.replace(fold=1)
print(x0.utcoffset(), x1.utcoffset(), x0 == x1, x0.timestamp(), x1.timestamp())
print(x0 == x0.astimezone(timezone.utc), x1 == x1.astimezone(timezone.utc),
      x0.astimezone(timezone.utc) < x1.astimezone(timezone.utc))
y = datetime(2020, 7, 1, 12, tzinfo=E)
print(y == y.astimezone(timezone.utc), hash(y) == hash(y.astimezone(timezone.utc)))
print(y - datetime(2020, 7, 1, 12, tzinfo=timezone.utc), y.timetuple()[-1],
      datetime(2020, 1, 1, tzinfo=E).timetuple()[-1], tuple(y.utctimetuple()))
print(time(12, tzinfo=E).utcoffset(), time(12, tzinfo=E).tzname())


class NoOffset(tzinfo):
    def utcoffset(self, dt):
        return None

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return None


n = datetime(2020, 1, 1, tzinfo=NoOffset())
print(n.utcoffset(), n.tzname(), n.dst(), n.isoformat(), n == datetime(2020, 1, 1),
      n - datetime(2020, 1, 1, tzinfo=NoOffset()), tuple(n.timetuple())[-1])
show(lambda: n - datetime(2020, 1, 1, tzinfo=timezone.utc))
show(lambda: n < datetime(2020, 1, 1, tzinfo=timezone.utc))
print(n < datetime(2020, 1, 2), n == datetime(2020, 1, 1))
show(lambda: NoOffset().fromutc(n))
