# datetime scheduling and structural pattern matching
from datetime import date, datetime, timedelta, time as dtime

d = date(2024, 2, 28)
print(d, d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.isoformat(), d.toordinal())
print(repr(d), d.replace(year=2023) + timedelta(days=1), date.fromisoformat("2020-12-31"), d.strftime("%Y/%m/%d %a %b %j"))
dt = datetime(2024, 3, 10, 14, 30, 5, 123456)
print(dt, repr(dt), dt.date(), dt.time(), dt.isoformat(), dt.isoformat(sep=" ", timespec="seconds") if True else "")
print(dt + timedelta(hours=10, minutes=45), dt - datetime(2024, 1, 1), (dt - datetime(2024, 1, 1)).total_seconds())
td = timedelta(days=1, hours=25, minutes=-30, seconds=3661, microseconds=5)
print(td, repr(td), td.days, td.seconds, td.microseconds, -td, abs(-td), td * 2, td / 2, td // timedelta(hours=1))
print(timedelta(seconds=-1), timedelta(0), timedelta(weeks=3) > timedelta(days=20), timedelta(minutes=90) % timedelta(hours=1))
print(datetime.strptime("2021-07-04 09:08:07", "%Y-%m-%d %H:%M:%S"), datetime(2020, 1, 1).strftime("%A %d %B %Y %I%p %H:%M"))
print(dtime(9, 5), dtime(23, 59, 59, 999), date(2000, 1, 1) < date(2000, 1, 2), max(date(1999, 1, 1), date(1998, 12, 31)))
meetings = [datetime(2024, 5, 1, 9), datetime(2024, 5, 1, 13, 30), datetime(2024, 4, 30, 16)]
for m in sorted(meetings):
    print(m.strftime("%a %H:%M"), (m - min(meetings)).total_seconds() / 3600)
start = date(2024, 1, 31)
def add_month(d):
    y, m = divmod(d.month, 12)
    y += d.year
    import calendar
    last = calendar.monthrange(y, m + 1)[1]
    return d.replace(year=y, month=m + 1, day=min(d.day, last))
x = start
for _ in range(4):
    x = add_month(x)
    print(x, end=" ")
print()
import calendar
print(calendar.isleap(2024), calendar.isleap(1900), calendar.monthrange(2023, 2), calendar.weekday(2024, 1, 1))
print(sum(1 for i in range(366) if (date(2024, 1, 1) + timedelta(i)).weekday() == 6))

def describe(cmd):
    match cmd:
        case []:
            return "empty"
        case ["go", direction]:
            return "going " + direction
        case ["go", *rest]:
            return "go too many: %r" % rest
        case ["take", ("sword" | "shield") as item]:
            return "armed with " + item
        case {"action": "move", "x": int(x), "y": int(y)} if x == y:
            return "diagonal %d" % x
        case {"action": "move", "x": x, **others}:
            return "move x=%s others=%s" % (x, sorted(others))
        case int(n) if n < 0:
            return "negative"
        case int() | float() as n:
            return "number %r" % (n,)
        case str() as s if s.isupper():
            return "shout " + s
        case (1, 2, *_):
            return "starts 1,2"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return "on y axis at %s" % yy
        case Point():
            return "point"
        case None:
            return "none"
        case _:
            return "unknown %r" % (cmd,)

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

for c in [[], ["go", "north"], ["go", "a", "b"], ["take", "sword"], ["take", "apple"],
          {"action": "move", "x": 3, "y": 3}, {"action": "move", "x": 1, "y": 2, "z": 0},
          -5, 7, 2.5, "HI", "hi", (1, 2, 3), [1, 2], Point(0, 0), Point(0, 4), Point(1, 1), None, {"k": 1}]:
    print(describe(c))

def evaluate(expr):
    match expr:
        case ("+", a, b):
            return evaluate(a) + evaluate(b)
        case ("*", a, b):
            return evaluate(a) * evaluate(b)
        case ("-", a):
            return -evaluate(a)
        case Point(a, b):
            return a * b
        case int() | float():
            return expr
        case _:
            raise ValueError(expr)
print(evaluate(("+", 2, ("*", 3, ("-", 4)))), evaluate(("*", Point(2, 5), 1.5)))
try:
    evaluate(("/", 1, 2))
except ValueError as e:
    print("ValueError", e)
