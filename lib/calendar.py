# calendar: dates arithmetic, TextCalendar and HTMLCalendar output (C locale
# names only; no locale calendars).
__all__ = ['IllegalMonthError', 'IllegalWeekdayError', 'setfirstweekday', 'firstweekday', 'isleap',
           'leapdays', 'weekday', 'monthrange', 'monthcalendar', 'prmonth', 'month', 'prcal',
           'calendar', 'timegm', 'month_name', 'month_abbr', 'day_name', 'day_abbr', 'Calendar',
           'TextCalendar', 'HTMLCalendar', 'weekheader', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY',
           'SATURDAY', 'SUNDAY', 'error']

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


class Calendar:
    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._first % 7

    def setfirstweekday(self, firstweekday):
        self._first = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        for i in range(self._first, self._first + 7):
            yield i % 7

    def itermonthdays2(self, year, month):
        first, n = monthrange(year, month)
        lead = (first - self._first) % 7
        total = lead + n
        total += -total % 7
        for i in range(total):
            d = i - lead + 1
            yield (d if 1 <= d <= n else 0), (self._first + i) % 7

    def itermonthdays(self, year, month):
        for d, _ in self.itermonthdays2(year, month):
            yield d

    def itermonthdays4(self, year, month):
        # Days of the adjacent months fill the first and last weeks.
        days = list(self.itermonthdays(year, month))
        lead = days.index(1)
        n = max(days)
        py, pm = year - (month == 1), month - 1 or 12
        before = monthrange(py, pm)[1] - lead + 1
        for i, d in enumerate(days):
            if i < lead:
                y, m, d = py, pm, before + i
            elif d:
                y, m = year, month
            else:
                y, m, d = year + (month == 12), month % 12 + 1, i - lead - n + 1
            yield y, m, d, (self._first + i) % 7

    def itermonthdays3(self, year, month):
        for t in self.itermonthdays4(year, month):
            yield t[:3]

    def itermonthdates(self, year, month):
        from datetime import date
        for t in self.itermonthdays4(year, month):
            yield date(*t[:3])

    def monthdatescalendar(self, year, month):
        return _weeks(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        return _weeks(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        return _weeks(list(self.itermonthdays(year, month)))

    def yeardatescalendar(self, year, width=3):
        return _rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        return _rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        return _rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


def _weeks(days):
    return [days[i:i + 7] for i in range(0, len(days), 7)]


def _rows(months, width):
    return [months[i:i + width] for i in range(0, 12, width)]


class TextCalendar(Calendar):
    def formatday(self, day, weekday, width):
        return ('%2i' % day if day else '').center(width)

    def formatweek(self, theweek, width):
        return ' '.join(self.formatday(d, wd, width) for d, wd in theweek)

    def formatweekday(self, day, width):
        return (day_name if width >= 9 else day_abbr)[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join(self.formatweekday(i, width) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        s = month_name[themonth]
        if withyear:
            s = '%s %r' % (s, theyear)
        return s.center(width)

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        nl = '\n' * max(1, l)
        rows = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1), self.formatweekheader(w)]
        rows += [self.formatweek(wk, w) for wk in self.monthdays2calendar(theyear, themonth)]
        return ''.join(r.rstrip() + nl for r in rows)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        nl = '\n' * max(1, l)
        sep = ' ' * max(2, c)
        cw = 7 * (w + 1) - 1
        out = [repr(theyear).center(cw * m + len(sep) * (m - 1)).rstrip() + nl]

        def line(cols):
            out.append(sep.join(s.center(cw) for s in cols).rstrip() + nl)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            out.append(nl)
            months = range(m * i + 1, min(m * i + m, 12) + 1)
            line(self.formatmonthname(theyear, k, cw, False) for k in months)
            line(self.formatweekheader(w) for k in months)
            for j in range(max(len(cal) for cal in row)):
                line(self.formatweek(cal[j], w) if j < len(cal) else '' for cal in row)
        return ''.join(out)

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


_TABLE = '<table border="0" cellpadding="0" cellspacing="0" class="%s">\n'


class HTMLCalendar(Calendar):
    # class attributes, so that subclasses can restyle the output
    cssclasses = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
    cssclasses_weekday_head = cssclasses
    cssclass_noday = 'noday'
    cssclass_month_head = cssclass_month = 'month'
    cssclass_year_head = cssclass_year = 'year'

    def formatday(self, day, weekday):
        if not day:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        return '<tr>%s</tr>' % ''.join(self.formatday(d, wd) for d, wd in theweek)

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        return '<tr>%s</tr>' % ''.join(self.formatweekday(i) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, withyear=True):
        s = month_name[themonth]
        if withyear:
            s = '%s %s' % (s, theyear)
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, s)

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = [self.formatmonthname(theyear, themonth, withyear), self.formatweekheader()]
        rows += [self.formatweek(wk) for wk in self.monthdays2calendar(theyear, themonth)]
        return _TABLE % self.cssclass_month + ''.join(r + '\n' for r in rows) + '</table>\n'

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        out = [_TABLE % self.cssclass_year,
               '<tr><th colspan="%d" class="%s">%s</th></tr>' % (width, self.cssclass_year_head, theyear)]
        for first in range(1, 13, width):
            out.append('<tr>%s</tr>' % ''.join('<td>%s</td>' % self.formatmonth(theyear, m, False)
                                               for m in range(first, min(first + width, 13))))
        return ''.join(out) + '</table>'

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        encoding = encoding or 'utf-8'
        page = ('<?xml version="1.0" encoding="%s"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"'
                ' "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html>\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % (encoding, encoding))
        if css is not None:
            page += '<link rel="stylesheet" type="text/css" href="%s" />\n' % css
        page += '<title>Calendar for %d</title>\n</head>\n<body>\n%s</body>\n</html>\n' % (
            theyear, self.formatyear(theyear, width))
        return page.encode(encoding, 'xmlcharrefreplace')


c = TextCalendar()
firstweekday = c.getfirstweekday
monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


def formatstring(cols, colwidth=20, spacing=6):
    return (' ' * spacing).join(s.center(colwidth) for s in cols)


def format(cols, colwidth=20, spacing=6):
    print(formatstring(cols, colwidth, spacing))

