# astimezone() without an argument names the fixed zone it returns as
# localtime() names the zone in force (struct tm's tm_zone), in zones with and
# without daylight saving time, before and after a change.
import os
import time
from datetime import datetime, timezone

for tz in ("UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata"):
    os.environ["TZ"] = tz
    time.tzset()
    for ts in (0, 1583650800, 1604212200, 1700000000):
        x = datetime.fromtimestamp(ts).astimezone()
        print(tz, ts, repr(x.tzinfo), x.tzname() == time.localtime(ts).tm_zone)
    print(datetime(2020, 6, 1, tzinfo=timezone.utc).astimezone().tzname())
