# calendar: date arithmetic with C locale names (no Calendar classes or text
# output, to save space).
error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return 'bad month number %r; must be 1-12' % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return 'bad weekday number %r; must be 0 (Monday) to 6 (Sunday)' % self.weekday


MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
day_name = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split()
day_abbr = [d[:3] for d in day_name]
month_name = ('_ January February March April May June July August September October November '
              'December').split()
month_name[0] = ''
month_abbr = [m[:3] for m in month_name]
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def isleap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    def upto(y):
        y -= 1
        return y // 4 - y // 100 + y // 400
    return upto(y2) - upto(y1)


def _ordinal(year, month, day):
    # Days since 0000-12-31 of the proleptic Gregorian calendar (1 = 0001-01-01, a Monday).
    return (365 * (year - 1) + leapdays(1, year) + sum(mdays[:month])
            + (month > 2 and isleap(year)) + day)


def weekday(year, month, day):
    return (_ordinal(year, month, day) + 6) % 7


def monthrange(year, month):
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), mdays[month] + (month == 2 and isleap(year))


def timegm(tuple):
    year, month, day, hour, minute, second = tuple[:6]
    days = _ordinal(year, month, 1) - 719163 + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


_first = 0


def firstweekday():
    return _first


def setfirstweekday(firstweekday):
    global _first
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    _first = firstweekday


def monthcalendar(year, month):
    first, n = monthrange(year, month)
    days = [0] * ((first - _first) % 7) + list(range(1, n + 1))
    days += [0] * (-len(days) % 7)
    return [days[i:i + 7] for i in range(0, len(days), 7)]
