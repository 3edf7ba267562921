# everyday use: f-strings, sums, dict keys, module attributes, class identity
from datetime import datetime, date, time, timedelta, timezone
import datetime as dtmod
tds = [timedelta(hours=h) for h in range(5)]
print(sum(tds, timedelta()), min(tds), max(tds), sorted(tds, reverse=True)[0])
dt = datetime(2021, 7, 4, 9, 8, 7, 654321)
print(f'{dt:%Y-%m-%d %H:%M}', f'{dt}', f'{dt!r}', f'{dt.date():%A}', f'{dt.time()}', f'{timedelta(1)}')
print('%s' % dt, '{0:%d}'.format(dt), str(dt.date()), str(dt.timetz()))
print(datetime.strptime('2021-07-04T09:08:07.654321Z', '%Y-%m-%dT%H:%M:%S.%fZ') == dt)
print({dt: 1}[datetime(2021, 7, 4, 9, 8, 7, 654321)], {date(2020, 1, 1): 'a'}.get(date(2020, 1, 1)))
print(dtmod.MINYEAR, dtmod.MAXYEAR, dtmod.UTC, dtmod.timezone.utc is dtmod.UTC)
print(sorted(n for n in dtmod.__all__))
print(type(dt).__name__, type(dt).__module__, type(dt).__qualname__, datetime.__name__, date.__mro__)
print(datetime.__mro__)
print(timezone.__mro__)
print(str(type(dt)), str(type(timedelta(1))), repr(datetime))
print(dt.date() == date(2021, 7, 4), dt.time() == time(9, 8, 7, 654321))
print(isinstance(dt, date), isinstance(dt.date(), datetime), issubclass(timezone, dtmod.tzinfo))
x = timedelta(minutes=90)
print(x // timedelta(minutes=1), x / timedelta(hours=1), x % timedelta(hours=1), x.seconds // 60)
