# time module details found by the third sweep: strptime with %U/%W and a
# weekday, format errors reported before the data is looked at, tuple fields
# that do not fit a C int, get_clock_info
import time

for fmt in ('%Y %U %w', '%Y %W %w'):
    for year in (2017, 2018, 2023, 2024):
        for week in (0, 1, 52, 53):
            for wd in (0, 1, 6):
                t = time.strptime('%d %d %d' % (year, week, wd), fmt)
                print(fmt, year, week, wd, tuple(t)[:3], t.tm_wday, t.tm_yday)
# without a weekday the week number is ignored
print(tuple(time.strptime('2024 10', '%Y %W'))[:8])
print(tuple(time.strptime('2024 10 Tue', '%Y %U %a'))[:8])

for data, fmt in (('', '%D'), ('19', '%Y %'), ('x', '%Y'), ('2019', '%Y %'),
                  ('x', '%Y %Q'), ('2019 54', '%Y %W')):
    try:
        time.strptime(data, fmt)
    except ValueError as e:
        print('ValueError', e, e.__suppress_context__)

for tup in ((2 ** 31,) + (1,) * 8, (2000, 2 ** 31) + (1,) * 7,
            (2000,) + (1,) * 7 + (-2 ** 31 - 1,), (-2 ** 31 + 1899,) + (1,) * 8):
    for fn in (time.asctime, lambda tt: time.strftime('%Y', tt)):
        try:
            fn(tup)
        except OverflowError as e:
            print('OverflowError', e)
print(time.asctime((2 ** 31 - 1, 6, 1) + (0,) * 6)[-10:])

for name in ('time', 'monotonic', 'perf_counter', 'process_time', 'thread_time'):
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable,
          type(info.resolution).__name__, 0.0 < info.resolution <= 1.0)
try:
    time.get_clock_info('xxx')
except ValueError as e:
    print('ValueError', e)
print(time._STRUCT_TM_ITEMS)
