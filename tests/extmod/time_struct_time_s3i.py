# time.struct_time: what localtime/gmtime return (a 9-tuple with tm_*
# names, tm_zone and tm_gmtoff by name only), its repr, constructor and errors.
import time

g = time.gmtime(1700000000)
print(type(g).__name__, type(g) is time.struct_time, isinstance(g, tuple), len(g))
print(repr(g))
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
print(g.tm_zone, g.tm_gmtoff, g[0], g[-1], g[:3], g[6:], tuple(g))
y, m, d, hh, mm, ss, wd, yd, dst = g
print(y, m, d, wd, yd, g == tuple(g), tuple(g) == g, hash(g) == hash(tuple(g)), g.n_fields, g.n_sequence_fields)
print(g + (1,), (0,) + g[:2], g.index(2023), g.count(14), 2023 in g, sorted(g)[:3])
l = time.localtime()
print(type(l).__name__, len(l), type(l.tm_zone).__name__, type(l.tm_gmtoff).__name__)
t = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(t, t.tm_zone, t.tm_gmtoff)
t = time.struct_time([2020, 1, 2, 3, 4, 5, 6, 7, 0, 'XYZ', 3600])
print(t, t.tm_zone, t.tm_gmtoff)
for bad in [(1, 2, 3), tuple(range(12)), 5]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    g.tm_year = 5
except AttributeError as e:
    print('AttributeError', e)
print(time.gmtime(0), time.gmtime(-86400)[:3], time.gmtime(1.99)[5])
try:
    time.gmtime(1e20)
except OverflowError as e:
    print('OverflowError', e)
