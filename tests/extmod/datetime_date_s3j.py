# date: construction, calendar queries, ISO weeks, text, arithmetic
from datetime import date, timedelta, MINYEAR, MAXYEAR


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


print(MINYEAR, MAXYEAR, date.min, date.max, date.resolution)
d = date(2020, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.toordinal(), d.weekday(), d.isoweekday())
print(date(year=1999, month=12, day=31), date(True, 1, 1))

for args in [(2020, 13, 1), (2020, 0, 1), (2019, 2, 29), (2020, 4, 31), (0, 1, 1),
             (10000, 1, 1), (2020, 1, 0), (2020.0, 1, 1), ('2020', 1, 1), (2020, 1, None)]:
    show(lambda: date(*args))

# ordinals round-trip over a spread of days, including the ends
checks = 0
for n in list(range(1, 800)) + list(range(730000, 740000, 7)) + list(range(3652000, 3652060)):
    x = date.fromordinal(n)
    assert x.toordinal() == n
    checks += 1
print('ordinals ok', checks, date.fromordinal(1), date.fromordinal(3652059), date.fromordinal(737791))
show(lambda: date.fromordinal(0))
show(lambda: date.fromordinal(3652060))
# leap years and month lengths
for y in (1900, 2000, 2004, 2100, 2400, 1):
    print(y, [(date(y, m, 1) - date(y, m - 1, 1)).days for m in range(2, 13)])

# ISO calendar, both directions
for args in [(2020, 1, 1), (2019, 12, 30), (2021, 1, 3), (2020, 12, 31), (2026, 12, 31),
             (2027, 1, 1), (1, 1, 1), (9999, 12, 31), (2015, 12, 31), (2016, 1, 3)]:
    x = date(*args)
    ic = x.isocalendar()
    print(x, ic, repr(ic), ic.year, ic.week, ic.weekday, ic == tuple(ic), ic[1],
          date.fromisocalendar(*ic) == x)
y, w, wd = date(2020, 5, 17).isocalendar()
print(y, w, wd)
show(lambda: date.fromisocalendar(2020, 53, 7))
show(lambda: date.fromisocalendar(2021, 53, 1))
show(lambda: date.fromisocalendar(2020, 0, 1))
show(lambda: date.fromisocalendar(2020, 1, 0))
show(lambda: date.fromisocalendar(2020, 54, 8))
show(lambda: date.fromisocalendar(0, 1, 1))
show(lambda: date.fromisocalendar(9999, 52, 5))
show(lambda: date.fromisocalendar(2020.0, 1, 1))

# text
for x in [d, date(5, 3, 7), date(1, 1, 1), date(9999, 12, 31)]:
    print(x.isoformat(), str(x), x.ctime(), format(x), '{:%d/%m/%Y}'.format(x))
print(d.strftime('%Y-%m-%d %a %A %b %B %j %U %W %w %y %H:%M:%S %% %f|%z|%Z|'))
print(date(2021, 1, 3).strftime('%G-W%V-%u %g %C %e %D %F'))
show(lambda: d.strftime(5))
show(lambda: format(d, 5))
tt = d.timetuple()
print(tuple(tt), tt.tm_year, tt.tm_yday, tt.tm_wday, tt.tm_isdst)
print(tuple(date(2021, 12, 31).timetuple()))

# replace
print(d.replace(year=2021, day=28), d.replace(month=3), d.replace())
show(lambda: d.replace(year=2021))
show(lambda: d.replace(month=13))

# arithmetic
print(d + timedelta(days=1), timedelta(days=-60) + d, d - timedelta(days=366))
print(d + timedelta(hours=25), d - timedelta(seconds=1), d - timedelta(hours=-1))
print(d - date(2020, 1, 1), date(2020, 1, 1) - d, repr(d - d))
show(lambda: date.max + timedelta(days=1))
show(lambda: date.min - timedelta(days=1))
show(lambda: date.min + timedelta(days=-1))
show(lambda: d + 1)
show(lambda: 1 + d)
show(lambda: d - 1)
show(lambda: 'x' - d)
show(lambda: d + d)
show(lambda: timedelta(1) - d)
x = d
x += timedelta(days=2)
print(x, d)

# comparisons and hashing
e = date(2020, 3, 1)
print(d < e, d <= e, d > e, d >= e, d == e, d != e, d == date(2020, 2, 29), d == 5, d != None)
show(lambda: d < 5)
show(lambda: d >= 'x')
print(hash(d) == hash(date(2020, 2, 29)), len({d, date(2020, 2, 29), e}))
print(sorted([e, d, date.min, date.max]))
print(bool(date.min))


class MyDate(date):
    def __new__(cls, y, m, dd):
        return super().__new__(cls, y, m, dd)

    def label(self):
        return 'M' + self.isoformat()


m = MyDate(2020, 1, 31)
print(m.label(), type(m + timedelta(1)).__name__, (m + timedelta(1)).label())
print(type(m - timedelta(1)).__name__, type(m.replace(day=1)).__name__)
print(type(MyDate.fromordinal(5)).__name__, type(MyDate.fromisoformat('2020-01-01')).__name__)
print(type(MyDate.fromisocalendar(2020, 1, 1)).__name__, m == date(2020, 1, 31), m - date(2020, 1, 1))
print(repr(m).endswith('MyDate(2020, 1, 31)'))

# today / fromtimestamp: types and sanity only
t = date.today()
print(type(t).__name__, 2020 <= t.year <= 2200, type(MyDate.today()).__name__)
print(date.fromtimestamp(86400 * 365.25 + 43200), date.fromtimestamp(1e9 + 43200))
show(lambda: date.fromtimestamp('x'))
