# time/datetime comparisons and hashes across naive, aware and fold-dependent
# zones (the shared offset logic of both classes).
from datetime import datetime, time, timezone, timedelta, tzinfo
class Fold(tzinfo):
    def utcoffset(self, dt):
        if dt is None: return None
        if dt.hour == 1: return timedelta(hours=-4 if dt.fold else -5)
        return timedelta(hours=-5)
    def dst(self, dt): return None
class Naive(tzinfo):
    def utcoffset(self, dt): return None
F = Fold(); N = Naive()
u = timezone.utc; e = timezone(timedelta(hours=2))
vals = [datetime(2020, 1, 1, 1, 30), datetime(2020, 1, 1, 1, 30, tzinfo=F), datetime(2020, 1, 1, 1, 30, tzinfo=F, fold=1),
        datetime(2020, 1, 1, 6, 30, tzinfo=u), datetime(2020, 1, 1, 5, 30, tzinfo=u), datetime(2020, 1, 1, 8, 30, tzinfo=e),
        datetime(2020, 1, 1, 1, 30, tzinfo=N), datetime(2020, 1, 1, 3, 0, tzinfo=F)]
tv = [time(1, 30), time(1, 30, tzinfo=u), time(3, 30, tzinfo=e), time(1, 30, tzinfo=N), time(1, 30, tzinfo=e, fold=1)]
for group in (vals, tv):
    for a in group:
        for b in group:
            r = []
            for op in ('==', '!=', '<', '>='):
                try: r.append(eval('a %s b' % op))
                except TypeError as ex: r.append('TE')
            print(r, end=' ')
        print()
    print([hash(a) == hash(b) for a in group for b in group])
try: time(1, tzinfo=u) < time(1)
except TypeError as ex: print(ex)
try: datetime(1, 1, 1, tzinfo=u) < datetime(1, 1, 1)
except TypeError as ex: print(ex)
