# time.strptime's ISO year and week directives (%G, %V) with a weekday, and
# the errors CPython gives when they are mixed with other directives.
import time

def show(data, fmt):
    try:
        t = time.strptime(data, fmt)
        print(data, '|', fmt, '->', tuple(t)[:9])
    except ValueError as e:
        print(data, '|', fmt, '-> ValueError:', e)

for y in [1917, 2004, 2005, 2008, 2009, 2010, 2015, 2020, 2021, 2024, 2026, 1]:
    for w in [1, 2, 26, 52, 53]:
        for d in [1, 4, 7]:
            show('%d %d %d' % (y, w, d), '%G %V %u')
show('2024 1 Mon', '%G %V %a')
show('2024 1 Sunday', '%G %V %A')
show('2024 01 0', '%G %V %w')
show('2021-W52-6', '%G-W%V-%u')
for data, fmt in [('2024', '%G'), ('2024 3', '%G %V'), ('2024 3', '%G %u'),
                  ('2024 3 1', '%G %j %u'), ('3 1', '%V %u'), ('2024 3 1', '%Y %V %u'),
                  ('2024 3 2024 1', '%Y %V %G %u'), ('2024 3 2024 1 5', '%G %V %Y %u %W'),
                  ('2024 3', '%Y %V'), ('12', '%V'), ('54', '%V'), ('0', '%V'),
                  ('2024 2 1 3', '%G %V %u %j'), ('2024 1 1', '%G %U %u')]:
    show(data, fmt)
