# datetime details found by the third sweep: basic ISO week dates followed by
# a one-character separator, date.__eq__ called directly on a datetime,
# strftime asking the tzinfo only for %z / %Z
from datetime import date, datetime, time, timedelta, timezone, tzinfo

for text in ('2022W52520', '2026W01516', '2025W01503', '2025W01512',
             '2022W525T20', '2022W52', '2022W525', '2022-W52-5T07:30'):
    print(text, datetime.fromisoformat(text))
for text in ('2022W5252', '2022W52520:1'):
    try:
        datetime.fromisoformat(text)
    except ValueError as e:
        print('ValueError', e)

d = date(2021, 3, 4)
dt = datetime(2021, 3, 4)
print(d == dt, dt == d, d != dt, dt != d)
print(d.__eq__(dt), d.__ne__(dt), date(2021, 3, 5).__eq__(dt))
print(d.__lt__(dt), d.__le__(dt), d.__gt__(dt), d.__ge__(dt))
for op in ('<', '<=', '>', '>='):
    for a, b in ((d, dt), (dt, d)):
        try:
            eval('a %s b' % op)
        except TypeError as e:
            print(op, 'TypeError', e)


class HalfZone(tzinfo):
    # implements tzname only, badly
    def tzname(self, when):
        return 42


class Named(tzinfo):
    def utcoffset(self, when):
        return timedelta(hours=-5)

    def tzname(self, when):
        return 'X%zY'

    def dst(self, when):
        return None


t = time(2, 3, 4, tzinfo=HalfZone())
print(t.strftime('%H:%M:%S'))
for spec in ('%Z', '%z'):
    try:
        t.strftime(spec)
    except (TypeError, NotImplementedError) as e:
        print(spec, type(e).__name__)
print(time(7, 8, tzinfo=Named()).strftime('%H:%M [%Z] [%z] %%Z'))
print(datetime(2020, 1, 2, 3, tzinfo=Named()).strftime('%Y [%Z] [%z]'))
print(datetime(2020, 1, 2, 3, tzinfo=timezone.utc).strftime('%Z %z'))
print(date(2020, 1, 2).strftime('[%z][%Z]'))
