# time.strptime: the directives CPython's _strptime knows, in the C locale.
# The time module (C) lists strptime as a stub that imports this on its first
# call (not named _strptime: that is CPython's private module, of another
# shape, which code may bring along). The format is matched left to right
# without backtracking: a number takes the most digits (up to the directive's
# width) that give a value in range, a name the longest one that matches.

import time

_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December')
_MDAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# directive: (fewest digits, most digits, lowest value, highest value)
_NUMBERS = {'Y': (4, 4, 0, 9999), 'y': (2, 2, 0, 99), 'm': (1, 2, 1, 12), 'd': (1, 2, 1, 31),
            'H': (1, 2, 0, 23), 'I': (1, 2, 1, 12), 'M': (1, 2, 0, 59), 'S': (1, 2, 0, 61),
            'f': (1, 6, 0, 999999), 'j': (1, 3, 1, 366), 'U': (1, 2, 0, 53), 'W': (1, 2, 0, 53),
            'w': (1, 1, 0, 6), 'u': (1, 1, 1, 7), 'G': (4, 4, 0, 9999), 'V': (1, 2, 0, 53)}
_ALIASES = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _mdays(y, m):
    return 29 if m == 2 and _leap(y) else _MDAYS[m - 1]


# Days since 0001-01-01 (day 1): the proleptic Gregorian ordinal.
def _ordinal(y, m, d):
    b = y - 1
    n = b * 365 + b // 4 - b // 100 + b // 400 + d
    for i in range(1, m):
        n += _mdays(y, i)
    return n


def _bad(d, fmt):
    # CPython raises these from inside an except clause, "from None".
    if d:
        raise ValueError("'%s' is a bad directive in format %r" % (d, fmt)) from None
    raise ValueError('stray %% in format %r' % fmt) from None


class _State:

    def __init__(self, data):
        self.s = data
        self.i = 0
        self.f = {'m': 1, 'd': 1, 'H': 0, 'M': 0, 'S': 0}
        self.zone = self.gmtoff = None
        self.isdst = -1

    def number(self, lo_w, hi_w, lo, hi):
        s, i = self.s, self.i
        # %d also takes " 5"
        if lo == 1 and hi == 31 and s[i:i + 1] == ' ' and '1' <= s[i + 1:i + 2] <= '9':
            self.i = i + 2
            return int(s[i + 1])
        n = 0
        while n < hi_w and '0' <= s[i + n:i + n + 1] <= '9':
            n += 1
        while n >= lo_w and n > 0:
            v = int(s[i:i + n])
            if lo <= v <= hi:
                self.i = i + n
                return v
            n -= 1
        return None

    def name(self, names):
        best = None
        n = 0
        rest = self.s[self.i:].lower()
        for k, name in enumerate(names):
            if len(name) > n and rest.startswith(name.lower()):
                best = k
                n = len(name)
        self.i += n
        return best

    def two(self):
        t = self.s[self.i:self.i + 2]
        if len(t) == 2 and '0' <= t[0] <= '9' and '0' <= t[1] <= '9':
            self.i += 2
            return int(t)
        return None

    # %z: Z, or +HHMM[SS[.ffffff]] with optional colons
    def offset(self):
        s = self.s
        c = s[self.i:self.i + 1]
        if c == 'Z':
            self.i += 1
            self.gmtoff = 0
            return True
        if c not in ('+', '-') or not c:
            return False
        self.i += 1
        hh = self.two()
        if hh is None:
            return False
        colon = s[self.i:self.i + 1] == ':'
        self.i += colon
        mm = self.two()
        if mm is None or mm > 59:
            return False
        save = self.i
        ss = 0
        if not colon or s[self.i:self.i + 1] == ':':
            self.i += colon
            ss = self.two()
            if ss is not None and ss <= 59:
                # fractions of a second are read and dropped: the offset is whole
                j = self.i + 1
                if s[self.i:j] == '.':
                    while j < len(s) and j - self.i <= 6 and '0' <= s[j] <= '9':
                        j += 1
                    if j > self.i + 1:
                        self.i = j
            else:
                self.i = save
                ss = 0
        sec = hh * 3600 + mm * 60 + ss
        self.gmtoff = -sec if c == '-' else sec
        return True

    def match(self, fmt, whole):
        s = self.s
        f = self.f
        k = 0
        while k < len(fmt):
            c = fmt[k]
            k += 1
            if c.isspace():
                # a run of white space matches one or more white space characters
                while k < len(fmt) and fmt[k].isspace():
                    k += 1
                if not s[self.i:self.i + 1].isspace():
                    return False
                while s[self.i:self.i + 1].isspace():
                    self.i += 1
                continue
            if c != '%':
                if s[self.i:self.i + 1].lower() != c.lower():
                    return False
                self.i += 1
                continue
            if k == len(fmt):
                _bad(None, whole)
            d = fmt[k]
            k += 1
            if d in _NUMBERS:
                v = self.number(*_NUMBERS[d])
                if v is None:
                    return False
                if d == 'y':
                    v += 2000 if v <= 68 else 1900
                    d = 'Y'
                elif d == 'w':
                    v = (v + 6) % 7
                elif d == 'u':
                    v -= 1
                f[d] = v
                if d == 'H':
                    f.pop('I', None)
                elif d in 'UW':
                    f['U'] = v
                    f['sunday'] = d == 'U'
                elif d in 'wu':
                    f['wd'] = v
                continue
            if d in 'aAbBhp':
                if d == 'p':
                    v = self.name(('AM', 'PM'))
                elif d in 'aA':
                    v = self.name([n[:3] if d == 'a' else n for n in _DAYS])
                else:
                    v = self.name([n if d == 'B' else n[:3] for n in _MONTHS])
                if v is None:
                    return False
                f['p' if d == 'p' else 'wd' if d in 'aA' else 'm'] = v if d in 'aAp' else v + 1
                continue
            if d == 'z':
                if not self.offset():
                    return False
            elif d == 'Z':
                # UTC, GMT or one of the local zone's names (daylight time
                # only when the zone has it)
                std, dst = time.tzname
                dst_differs = time.timezone != time.altzone
                start = self.i
                v = self.name(('UTC', 'GMT', std, dst)[:4 if dst_differs else 3])
                if v is None:
                    return False
                self.zone = s[start:self.i]
                if not (std == dst and dst_differs and v >= 2):
                    self.isdst = 1 if v == 3 else 0
            elif d in _ALIASES:
                if not self.match(_ALIASES[d], whole):
                    return False
            elif d == '%':
                if s[self.i:self.i + 1] != '%':
                    return False
                self.i += 1
            else:
                _bad(d, whole)
        return True


def strptime(data, format='%a %b %d %H:%M:%S %Y', /):
    for n, a in enumerate((data, format)):
        if not isinstance(a, str):
            raise TypeError('strptime() argument %d must be str, not %s' % (n, type(a)))
    # a bad format is rejected before the data is looked at
    k = 0
    while k < len(format):
        if format[k] == '%':
            if k + 1 == len(format):
                _bad(None, format)
            if format[k + 1] not in 'YymdHIMSfjUWwuGVaAbhBpzZcxX%':
                _bad(format[k + 1], format)
            k += 1
        k += 1
    st = _State(data)
    if not st.match(format, format):
        raise ValueError('time data %r does not match format %r' % (data, format))
    if st.i != len(data):
        raise ValueError('unconverted data remains: ' + data[st.i:])
    f = st.f
    if 'I' in f:
        f['H'] = f['I'] % 12 + (12 if f.get('p') == 1 else 0)
    year, month, day = f.get('Y'), f['m'], f['d']
    julian = f.get('j')
    wd = f.get('wd')
    iso_year, iso_week = f.get('G'), f.get('V')
    _WD = " and a weekday directive ('%A', '%a', '%w', or '%u')."
    if year is None and iso_year is not None:
        if iso_week is None or wd is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V'" + _WD)
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif 'U' not in f and iso_week is not None:
        if wd is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G'" + _WD)
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    if year is None:
        year = 1900
    # 29 February without a year is read in a leap year (1904) and reported
    # in 1900, as CPython does.
    feb29 = year == 1900 and month == 2 and day == 29 and julian is None
    if feb29:
        year = 1904
    if day > _mdays(year, month):
        raise ValueError('day is out of range for month')
    if julian is None and iso_week is not None and 'U' not in f and wd is not None:
        # ISO week 1 holds the year's first Thursday; its Monday is 3 days
        # before the Thursday of the week of 4 January.
        year = iso_year
        julian = 7 * iso_week + wd + 1 - ((_ordinal(year, 1, 4) + 6) % 7 + 4)
        if julian <= 0:
            year -= 1
            julian += 366 if _leap(year) else 365
    elif julian is None and 'U' in f and wd is not None:
        # A week number with a weekday names a day of the year. Both weekdays
        # count from the first day of the week kind in use; week 1 starts on
        # the first such day of the year, and week 0 holds the days before it
        # (a zero or negative day falls in the previous year).
        shift = 1 if f['sunday'] else 0
        jan1 = (_ordinal(year, 1, 1) + 6 + shift) % 7
        w = (wd + shift) % 7
        week = f['U']
        julian = 1 + w - jan1 if week == 0 else 1 + (7 - jan1) % 7 + 7 * (week - 1) + w
        if julian <= 0:
            year -= 1
            julian += 366 if _leap(year) else 365
    jan1 = _ordinal(year, 1, 1)
    if julian is None:
        julian = _ordinal(year, month, day) - jan1 + 1
    else:
        # a day past the end of the year rolls over into the next one (the
        # yearday stays as given, as in CPython)
        n = jan1 + julian - 1
        year = n // 366 + 1
        while _ordinal(year + 1, 1, 1) <= n:
            year += 1
        n -= _ordinal(year, 1, 1)
        month = 1
        while n >= _mdays(year, month):
            n -= _mdays(year, month)
            month += 1
        day = n + 1
    if wd is None:
        wd = (_ordinal(year, month, day) + 6) % 7
    if feb29:
        year = 1900
    return time.struct_time((year, month, day, f['H'], f['M'], f['S'], wd, julian, st.isdst,
                             st.zone, st.gmtoff))
