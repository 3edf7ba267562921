# datetime: construction, parts, text, arithmetic and naive/aware rules
from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


print(datetime.min, datetime.max, datetime.resolution, repr(datetime.min), repr(datetime.max))
print(UTC is timezone.utc, issubclass(datetime, date), isinstance(datetime(2020, 1, 1), date))
dt = datetime(2020, 2, 29, 13, 5, 9, 120)
print(dt, repr(dt), dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second,
      dt.microsecond, dt.tzinfo, dt.fold)
ist = timezone(timedelta(hours=5, minutes=30))
for x in [datetime(2020, 1, 1), datetime(2020, 1, 1, 1), datetime(2020, 1, 1, 1, 2, 3),
          datetime(2020, 1, 1, 0, 0, 0, 5), datetime(2020, 1, 1, fold=1, tzinfo=timezone.utc),
          datetime(2020, 1, 1, 12, tzinfo=ist), datetime(5, 6, 7, 8, 9, 10, 11, UTC)]:
    print(str(x), repr(x), x.isoformat(), x.ctime())
for args, kw in [((2020, 13, 1), {}), ((2020, 2, 30), {}), ((2020, 1, 1, 24), {}),
                 ((2020, 1, 1, 0, 0, 0, -1), {}), ((2020, 1, 1), dict(tzinfo=5)),
                 ((2020, 1, 1), dict(fold=-1))]:
    show(lambda: datetime(*args, **kw))

# parts
a = datetime(2020, 3, 1, 1, 2, 3, 4, tzinfo=ist, fold=1)
print(repr(a.date()), repr(a.time()), repr(a.timetz()), a.utcoffset(), a.tzname(), a.dst())
print(a.toordinal(), a.weekday(), a.isoweekday(), a.isocalendar())
print(tuple(a.timetuple()), tuple(a.utctimetuple()), tuple(dt.timetuple()), tuple(dt.utctimetuple()))
print(repr(datetime.combine(date(2020, 1, 2), time(3, 4, tzinfo=UTC))),
      repr(datetime.combine(date(2020, 1, 2), time(3, 4, fold=1), ist)),
      repr(datetime.combine(dt, time(1), tzinfo=None)))
show(lambda: datetime.combine(1, time(1)))
show(lambda: datetime.combine(date(2020, 1, 1), 1))

# isoformat
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(dt.isoformat(timespec=spec), a.isoformat(' ', spec))
print(dt.isoformat('x'), dt.isoformat(sep='\u00e9'))
show(lambda: dt.isoformat('ab'))
show(lambda: dt.isoformat(timespec='days'))
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(seconds=-1, microseconds=1))).isoformat())

# strftime / format
print(dt.strftime('%Y-%m-%dT%H:%M:%S.%f %a %b %j %U %W %I%p %y %%z %z|%Z|'))
print(a.strftime('%z %Z %c'), format(a, '%H:%M %Z'), format(a), '{:%Y}'.format(a))
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=-3), 'A%B')).strftime('%Z|%z'))
show(lambda: dt.strftime(None))

# replace
print(repr(dt.replace(year=2021, month=2, day=28)), repr(dt.replace(tzinfo=UTC)),
      repr(a.replace(tzinfo=None)), repr(a.replace(fold=0)), repr(dt.replace(hour=0, microsecond=0)))
show(lambda: dt.replace(year=2021))

# arithmetic
d1 = timedelta(days=1, hours=12, microseconds=999999)
print(dt + d1, d1 + dt, dt - d1, dt - datetime(2020, 1, 1), datetime(2020, 1, 1) - dt)
print(repr(a + d1), repr(a - a), (a + timedelta(hours=1)).fold)
show(lambda: datetime.max + timedelta(microseconds=1))
show(lambda: datetime.min - timedelta(microseconds=1))
show(lambda: dt + 1)
show(lambda: dt - 1)
show(lambda: 1 - dt)
show(lambda: dt + dt)
show(lambda: dt - date(2020, 1, 1))
show(lambda: date(2020, 1, 1) - dt)
show(lambda: dt - a)
show(lambda: a - dt)
b = datetime(2020, 2, 29, 20, 0, tzinfo=UTC)
c = datetime(2020, 3, 1, 1, 30, tzinfo=ist)
print(c - b, b - c, c == b, c.astimezone(UTC) == b, repr(c.astimezone(UTC)))

# comparisons
print(b == c, b != c, b < c, b <= c, c >= b, hash(b) == hash(c))
n1 = datetime(2020, 1, 1)
print(n1 == n1.replace(fold=1), hash(n1) == hash(n1.replace(fold=1)), n1 < dt, n1 == 5, n1 != 'x')
print(n1 == b, n1 != b)
show(lambda: n1 < b)
show(lambda: b >= n1)
show(lambda: n1 < 5)
print(n1 == date(2020, 1, 1), date(2020, 1, 1) == n1, n1 != date(2020, 1, 1))
show(lambda: n1 < date(2020, 1, 1))
show(lambda: date(2020, 1, 1) > n1)
print(sorted([b, c, datetime(2020, 1, 1, tzinfo=UTC)]))
print(len({b, c, datetime(2020, 2, 29, 20, tzinfo=UTC)}))

# timestamps with explicit zones (no dependence on the local zone)
for ts in [0, 1, -1, 1.5, -1.5, 1e9 + 0.123456, 1582982400.9999996, -1.0000005, 1234567890.5, 2 ** 33]:
    x = datetime.fromtimestamp(ts, UTC)
    print(ts, repr(x), x.timestamp(), repr(datetime.utcfromtimestamp(ts)))
print(repr(datetime.fromtimestamp(0, ist)), repr(datetime.fromtimestamp(86400 * 365, timezone(-timedelta(hours=8)))))
print(b.timestamp(), c.timestamp(), datetime(1970, 1, 1, tzinfo=UTC).timestamp())
show(lambda: datetime.fromtimestamp('1', UTC))
show(lambda: datetime.fromtimestamp(1, 'UTC'))
show(lambda: datetime.fromtimestamp(float('nan'), UTC))
# naive local values round-trip through timestamp()
for ts in [0, 86400 * 365 * 30 + 0.25, 1700000000]:
    x = datetime.fromtimestamp(ts)
    print(x.timestamp() == ts, x.tzinfo, type(x).__name__)
# astimezone
print(repr(b.astimezone(ist)), repr(c.astimezone(timezone(timedelta(hours=-2), 'X'))))
print(b.astimezone(UTC) is b, type(b.astimezone()).__name__, b.astimezone() == b)
show(lambda: b.astimezone(5))
loc = datetime(2020, 6, 1, 12).astimezone()
print(type(loc.tzinfo).__name__, loc.replace(tzinfo=None) == datetime(2020, 6, 1, 12))

# now / utcnow / today: only types and sanity
for x in [datetime.now(), datetime.utcnow(), datetime.today(), datetime.now(UTC), datetime.now(ist)]:
    print(type(x).__name__, 2020 <= x.year <= 2200, x.tzinfo)
print(abs(datetime.now(UTC) - datetime.utcnow().replace(tzinfo=UTC)) < timedelta(seconds=5))
print(abs(datetime.now(ist) - datetime.now(UTC)) < timedelta(seconds=5))


class Stamp(datetime):
    def tag(self):
        return 'S' + self.isoformat()


s = Stamp(2020, 1, 1, 12)
print(s.tag(), type(s + timedelta(1)).__name__, type(s - timedelta(1)).__name__, type(s - s).__name__)
print(type(Stamp.fromtimestamp(0, UTC)).__name__, type(Stamp.combine(date(2020, 1, 1), time())).__name__,
      type(Stamp.fromisoformat('2020-01-01')).__name__, type(Stamp.now()).__name__,
      type(s.replace(hour=1)).__name__, type(Stamp.strptime('2020', '%Y')).__name__,
      type(s.astimezone(UTC)).__name__, type(s.date()).__name__)
print(repr(s).endswith('Stamp(2020, 1, 1, 12, 0)'))

# out-of-range conversions
show(lambda: datetime.utcfromtimestamp(-62135596800))
show(lambda: datetime.utcfromtimestamp(-62135596801))
show(lambda: datetime.utcfromtimestamp(253402300799.999999))
show(lambda: datetime.utcfromtimestamp(253402300800))
show(lambda: datetime.fromtimestamp(253402300800, UTC))
show(lambda: datetime.fromtimestamp(2 ** 63))
show(lambda: datetime.fromtimestamp(1e19, UTC))
show(lambda: date.fromtimestamp(1e19))
show(lambda: timedelta(days=1) * 1e300)
show(lambda: timedelta(days=1e300))
show(lambda: timedelta(days=2 ** 31))
show(lambda: timedelta(days=2 ** 31 - 1))
