# strftime, asctime, ctime and mktime with struct_time and 9-tuples:
# CPython's range checks, and the weekday/yearday taken as given.
import os
import time

os.environ['TZ'] = 'UTC'
time.tzset()
g = time.gmtime(1700000000)
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %w %%', g))
print(time.strftime('%a %j', (2020, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%a %j', (2020, 1, 1, 0, 0, 0, 4, 100, 0)))
print(time.strftime('%Y-%m-%d %j', (2020, 0, 0, 0, 0, 0, 0, 0, 0)), repr(time.strftime('')))
print(time.strftime('%Z %z', g), time.strftime('%Z %z', tuple(g)))
print(time.asctime(g), time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime((1999, 12, 31, 23, 59, 59, 4, 365, 0)))
print(time.ctime(0), time.ctime(1700000000.9), type(time.ctime()).__name__, len(time.asctime()))
print(time.mktime(g), time.mktime(tuple(g)), time.mktime((2020, 1, 1, 0, 0, 0, 0, 1, -1)), time.mktime((1969, 12, 31, 23, 59, 59, 0, 1, 0)))
print(time.mktime((2020, 14, 40, 0, 0, 0, 0, 1, 0)), time.localtime(time.mktime(time.localtime(1234567890)))[:6])
for args in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0),
             (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -1, 1, 0),
             (2020, 1, 1, 0, 0, 0, 0, 367, 0)]:
    for f in (time.strftime, time.asctime):
        try:
            print(f('%Y', args) if f is time.strftime else f(args))
        except ValueError as e:
            print('ValueError', e)
for f in [lambda: time.mktime((1, 2, 3)), lambda: time.strftime('%Y', (1, 2)), lambda: time.asctime(5),
          lambda: time.mktime([2020, 1, 1, 0, 0, 0, 0, 1, 0]), lambda: time.strftime(5), lambda: time.asctime('x')]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
