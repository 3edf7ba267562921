# time.strptime: the common directives, defaults, %I/%p, %y, %j, %z, %Z,
# white space and case rules, and the errors.
import os
import time

os.environ['TZ'] = 'UTC'
time.tzset()
tests = [
    ('2020', '%Y'),
    ('2020-03-04 05:06:07', '%Y-%m-%d %H:%M:%S'),
    ('Mon Jan  5 10:00:00 2020', None),
    ('5 march 1999 3:04:05 am', '%d %B %Y %I:%M:%S %p'),
    ('12 PM', '%I %p'), ('12 am', '%I %p'), ('7 pm', '%I %p'), ('12', '%I'), ('15 pm', '%H %p'),
    ('1 2 99', '%d %m %y'), ('31/12/68', '%d/%m/%y'), ('01/01/69', '%d/%m/%y'),
    ('Tuesday, 2020-03-03 UTC', '%A, %Y-%m-%d %Z'), ('gmt', '%Z'),
    ('2020-01-01T10:20:30.123456+05:30', '%Y-%m-%dT%H:%M:%S.%f%z'),
    ('-0800', '%z'), ('Z', '%z'), ('+013015', '%z'),
    ('100%', '%j%%'), ('366', '%j'), ('2021 366', '%Y %j'), ('2020 60', '%Y %j'),
    ('02-29', '%m-%d'), ('2020 02 29', '%Y %m %d'),
    (' 7', '%d'), ('2020  1', '%Y %m'), ('2020\t1', '%Y %m'),
    ('3/4/05', '%x'), ('10:11:12', '%X'), ('Sat Jan  1 00:00:00 2000', '%c'),
    ('Fri 2020-01-01', '%a %Y-%m-%d'), ('JAN', '%b'), ('feb', '%B'), ('FEBRUARY', '%B'), ('3 5', '%w %u'),
    ('131', '%m%d'), ('1231', '%m%d'), ('2020x', '%Yx'), ('AbC', 'abc'),
]
for data, fmt in tests:
    try:
        t = time.strptime(data) if fmt is None else time.strptime(data, fmt)
        print(repr(data), tuple(t), t.tm_zone, t.tm_gmtoff)
    except ValueError as e:
        print(repr(data), 'ValueError', e)
for data, fmt in [('x', '%Y'), ('2020x', '%Y'), ('2020-02-30', '%Y-%m-%d'), ('13', '%m'), ('00', '%d'),
                  ('x', '%Q'), ('x', 'x%'), ('2020', '%Y %m'), ('', '%Y'), ('24', '%H'), ('2021 02 29', '%Y %m %d')]:
    try:
        time.strptime(data, fmt)
        print('no error')
    except ValueError as e:
        print('ValueError', e)
for args in [(5,), ('x', 5)]:
    try:
        time.strptime(*args)
    except TypeError:
        print('TypeError')
