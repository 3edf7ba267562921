# local-time conversions: whatever zone the machine is in, both interpreters
# must agree (fold detection, gaps, astimezone() without an argument)
from datetime import datetime, timezone, timedelta
for ts in [1604208600, 1604212200, 1583650800, 1583654400, 0, -86400*365*80, 1e10]:
    x = datetime.fromtimestamp(ts)
    print(ts, repr(x), x.timestamp(), repr(x.astimezone()), x.astimezone().tzname())
for args in [(2020, 3, 8, 2, 30), (2020, 11, 1, 1, 30), (2020, 11, 1, 1, 30, 0, 0, None, 1), (1900, 1, 1), (2020,1,1,12)]:
    x = datetime(*args[:8], fold=args[8] if len(args) > 8 else 0)
    print(repr(x), x.timestamp(), repr(x.astimezone(timezone.utc)), repr(x.astimezone()))
print(datetime(2020,6,1, tzinfo=timezone.utc).astimezone().tzname())
