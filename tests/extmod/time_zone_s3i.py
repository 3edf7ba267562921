# timezone, altzone, daylight and tzname following TZ through tzset(), and
# localtime/mktime/strftime in zones with and without daylight saving time
# (northern and southern hemisphere).
import os
import time

for tz in ('UTC', 'Europe/Paris', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'EST5EDT'):
    os.environ['TZ'] = tz
    time.tzset()
    print(tz, time.timezone, time.altzone, time.daylight, time.tzname)
    for secs in (0, 1600000000, 1700000000):
        t = time.localtime(secs)
        print(' ', t, t.tm_zone, t.tm_gmtoff, time.mktime(t) == secs)
        print(' ', time.strftime('%Y-%m-%d %H:%M:%S %Z %z', t), time.ctime(secs))
    print(' ', time.strftime('%Z|%z', (2020, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%Z|%z', (2020, 7, 1, 0, 0, 0, 0, 1, 1)))
    print(' ', time.mktime((2020, 7, 1, 12, 0, 0, 0, 1, -1)), time.mktime((2020, 1, 1, 12, 0, 0, 0, 1, -1)))
del os.environ['TZ']
time.tzset()
