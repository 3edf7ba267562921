# time.strptime is Python (frozen lib/_timestrptime.py) behind a stub in the C
# time module: it is still found, called with keywords or positionally, and
# its results and errors are CPython's (week numbers, rolled-over yeardays,
# the default format, suppressed context of a bad directive).
import os
import time

os.environ['TZ'] = 'UTC'
time.tzset()
print(callable(time.strptime), 'strptime' in dir(time))
for data, fmt in [('2021 0 0', '%Y %U %w'), ('2021 0 1', '%Y %W %w'), ('2020 53 Sun', '%Y %U %a'),
                  ('2019 1 Mon', '%Y %W %a'), ('2021 52 6', '%Y %W %w'), ('1999 366', '%Y %j'),
                  ('Thu Feb 29 12:00:00 1996', None), ('29 feb', '%d %b'), ('7/4/76 1:2:3 pm', '%x %I:%M:%S %p')]:
    t = time.strptime(data) if fmt is None else time.strptime(data, fmt)
    print(repr(data), tuple(t), t.tm_zone, t.tm_gmtoff)
for data, fmt in [('1', '%Y %q'), ('1', '%'), ('2020', '%Y%'), ('x', '%Y'), ('2020 1', '%Y')]:
    try:
        time.strptime(data, fmt)
    except ValueError as e:
        print('ValueError', e, e.__suppress_context__)
for args in [(b'2020', '%Y'), ('2020', None), (2020,)]:
    try:
        time.strptime(*args)
    except TypeError as e:
        print('TypeError', e)
for call in (lambda: time.strptime('2020', format='%Y'), lambda: time.strptime(), lambda: time.strptime('1', '%d', 1)):
    try:
        call()
    except TypeError:
        print('TypeError')


class K:
    parse = time.strptime  # a built-in function: not bound to K()


print(K().parse('2020', '%Y').tm_year)
