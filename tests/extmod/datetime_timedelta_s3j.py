# timedelta: normalisation, float rounding, arithmetic, text, errors
from datetime import timedelta


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


td = timedelta
# normalisation of the three stored fields
for args, kw in [((), {}), ((1,), {}), ((0, 1), {}), ((0, 0, 1), {}),
                 ((-1,), {}), ((0, -1), {}), ((0, 0, -1), {}),
                 ((1, 86401, 1000001), {}), ((0, 0, 0), dict(weeks=2, hours=-3)),
                 ((), dict(milliseconds=1500, minutes=61)),
                 ((), dict(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)),
                 ((), dict(days=-999999999))]:
    x = td(*args, **kw)
    print(repr(x), str(x), x.days, x.seconds, x.microseconds)

# floats are summed exactly and rounded half to even once
for kw in [dict(seconds=0.5e-6), dict(seconds=1.5e-6), dict(microseconds=0.5),
           dict(microseconds=1.5), dict(microseconds=-0.5), dict(microseconds=-1.5),
           dict(days=0.1), dict(days=-1.1, hours=3.3), dict(weeks=1.5, minutes=0.123456789),
           dict(seconds=1e-7), dict(days=1.5, seconds=-0.25, microseconds=2.5),
           dict(hours=1 / 3), dict(milliseconds=-0.0005)]:
    print(kw, repr(td(**kw)))

# errors
show(lambda: td(days=10 ** 9))
show(lambda: td(days=-10 ** 9))
show(lambda: td(seconds='a'))
show(lambda: td(hours=None))
show(lambda: td(seconds=float('inf')))
show(lambda: td(seconds=float('nan')))
show(lambda: td.max + td(microseconds=1))
show(lambda: td.min - td(microseconds=1))

print(td.min, td.max, td.resolution)
print(repr(td.min), repr(td.max), repr(td.resolution))

a = td(days=1, hours=2, microseconds=3)
b = td(hours=-5, seconds=7)
print(a + b, a - b, b - a, -a, +b, abs(b), abs(-a))
print(a * 3, 3 * a, a * -2, a * 0.5, 0.25 * a, a * True, a * 1e-9)
print(a / 2, a / -3, a / 0.1, a / a, b / a, a // 7, a // -7, a // b, a % b, b % a)
print(divmod(a, b), divmod(b, a), divmod(td(microseconds=-7), td(microseconds=2)))
u = lambda n: td(microseconds=n)
print(u(3) / 2, u(5) / 2, u(-3) / 2, u(-5) / 2, u(7) / -2, u(3) // 2, u(-3) // 2)
print(u(5) * 0.5, u(3) * 0.5, u(3) / 2.0, u(5) / 2.0, u(7) / 2.5)
print(a.total_seconds(), b.total_seconds(), u(-1).total_seconds(), td.max.total_seconds())

show(lambda: a / 0)
show(lambda: a // 0)
show(lambda: a / 0.0)
show(lambda: a % td(0))
show(lambda: divmod(a, td(0)))
show(lambda: a // td(0))
show(lambda: a + 1)
show(lambda: 1 + a)
show(lambda: a - 1.5)
show(lambda: a * a)
show(lambda: a * 'x')
show(lambda: a / 'x')
show(lambda: a < 1)
show(lambda: a >= None)
show(lambda: a * float('nan'))

# comparisons and hashing
print(a == td(1, 7200, 3), a != b, a < b, a > b, a <= a, a >= b, a == 5, a != 'x')
print(hash(a) == hash(td(hours=26, microseconds=3)), len({a, td(hours=26, microseconds=3), b}))
print(bool(td()), bool(u(1)), bool(u(-1)))
print(sorted([a, b, td(0), -a])[0] == -a)

# str / repr of assorted values
for x in [td(days=-2, seconds=5), -u(1), td(days=1), td(days=2), td(days=-1),
          td(seconds=59, microseconds=10), td(hours=100)]:
    print(str(x), repr(x), format(x), '{}'.format(x))
show(lambda: format(a, 'x'))


class Span(timedelta):
    def hours(self):
        return self.total_seconds() / 3600


s = Span(hours=5)
print(type(s).__name__, s.hours(), repr(s).endswith('Span(seconds=18000)'), s == td(hours=5))
print(type(s + s).__name__, type(s * 2).__name__, type(-s).__name__)
print(isinstance(s, timedelta), timedelta.max > s)
