# datetime: dates, times, durations and fixed-offset time zones, with the
# public API, results, reprs and error messages of CPython 3.11's module.
#
# How values are kept (all instances are immutable):
#   timedelta  one integer, the signed duration in microseconds; days,
#              seconds and microseconds are derived from it when asked.
#   date       year, month, day; day numbers ("ordinals", 0001-01-01 = 1)
#              are computed with a 400-year-cycle formula whose years start
#              in March, so leap days fall at the end of the year.
#   time       hour .. microsecond, tzinfo, fold.
#   datetime   the date fields plus the time fields.  Arithmetic turns a
#              datetime into one integer, microseconds since the start of
#              ordinal day 0 (0000-12-31), adds to it and splits the result.
# Comparisons all go through one per-class method, _against(other, for_eq),
# which either gives the two keys to compare, None ("comparable kinds that
# are never equal") or NotImplemented; _comparisons() builds the six rich
# comparison methods from it.

import time as _tm

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999

_US_PER_SEC = 1000000
_US_PER_MIN = 60 * _US_PER_SEC
_US_PER_HOUR = 60 * _US_PER_MIN
_US_PER_DAY = 24 * _US_PER_HOUR
_TD_DAY_LIMIT = 999999999
_LAST_ORDINAL = 3652059          # 9999-12-31
_UNIX_DAY = 719163               # ordinal of 1970-01-01

_MONTH_LEN = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAY_ABBR = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MON_ABBR = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
             'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_DAY_FULL = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
             'Saturday', 'Sunday')
_MON_FULL = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
             'August', 'September', 'October', 'November', 'December')

# ---------------------------------------------------------------------------
# Calendar arithmetic (proleptic Gregorian).

def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_days(y, m):
    if m == 2 and _leap(y):
        return 29
    return _MONTH_LEN[m - 1]


def _day_number(y, m, d):
    # Count from a calendar whose years begin on 1 March: January and
    # February belong to the previous year, so the variable-length month
    # comes last and every month start is (153 * k + 2) // 5 days in.
    if m <= 2:
        y -= 1
        k = m + 9
    else:
        k = m - 3
    cycle, yic = divmod(y, 400)
    in_year = (153 * k + 2) // 5 + d - 1
    in_cycle = yic * 365 + yic // 4 - yic // 100 + in_year
    # 306 days separate 0000-03-01 (day 0 of this count) from 0001-01-01.
    return cycle * 146097 + in_cycle - 305


def _civil(n):
    # Inverse of _day_number: ordinal -> (year, month, day).
    n += 305
    cycle, day = divmod(n, 146097)
    yic = (day - day // 1460 + day // 36524 - day // 146096) // 365
    in_year = day - (yic * 365 + yic // 4 - yic // 100)
    k = (5 * in_year + 2) // 153
    d = in_year - (153 * k + 2) // 5 + 1
    if k < 10:
        m = k + 3
    else:
        m = k - 9
    y = cycle * 400 + yic
    if m <= 2:
        y += 1
    return y, m, d


def _year_day(y, m, d):
    return _day_number(y, m, d) - _day_number(y, 1, 1) + 1


def _iso_monday(y):
    # ordinal of the Monday that opens ISO week 1 (the week holding 4 Jan)
    n = _day_number(y, 1, 4)
    return n - (n + 6) % 7


def _iso_triple(n, y):
    # (ISO year, week, weekday) of ordinal n lying in calendar year y
    start = _iso_monday(y)
    if n < start:
        y -= 1
        start = _iso_monday(y)
    else:
        nxt = _iso_monday(y + 1)
        if n >= nxt:
            y += 1
            start = nxt
    week, wd = divmod(n - start, 7)
    return y, week + 1, wd + 1


def _round_even(num, den):
    # num / den (den > 0) rounded to the nearest integer, ties to even
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q & 1):
        q += 1
    return q


# ---------------------------------------------------------------------------
# Argument checking and error text.

_BUILTIN_KINDS = (int, float, complex, str, bytes, bytearray, list, tuple,
                  dict, set, frozenset, type(None))
_SEQUENCE_KINDS = (str, bytes, bytearray, list, tuple)
_OWN_TYPES = []


def _itself(self, memo=None):
    # __copy__ and __deepcopy__ of the immutable value types.
    return self


def _tname(obj):
    # type name as CPython's tp_name spells it: 'datetime.date' for our own
    # classes, the bare name for everything else (subclasses included)
    t = type(obj)
    if t in _OWN_TYPES:
        return 'datetime.' + t.__name__
    return t.__name__


def _cls_label(obj):
    t = type(obj)
    return '%s.%s' % (t.__module__, t.__qualname__)


def _refuse_op(sym, a, b, other, last=False):
    # other operand of a binary operation we cannot handle.  Built-in types
    # get CPython's wording directly; so do our own classes once no
    # reflected method is left to try (last, or both operands of one type);
    # anything else may still handle the operation itself.
    if isinstance(other, _BUILTIN_KINDS) or (
            type(other) in _OWN_TYPES and (last or type(a) is type(b))):
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                        % (sym, _tname(a), _tname(b)))
    return NotImplemented


def _as_int(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float) or not hasattr(type(v), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    return v.__index__()


def _arg_kind(v):
    # how CPython's argument errors name a value's type
    return 'None' if v is None else type(v).__name__


def _need_str(v, fn, pos=1):
    if not isinstance(v, str):
        raise TypeError('%s() argument %d must be str, not %s'
                        % (fn, pos, _arg_kind(v)))


def _valid_ymd(y, m, d):
    y = _as_int(y)
    m = _as_int(m)
    d = _as_int(d)
    if y < MINYEAR or y > MAXYEAR:
        raise ValueError('year %d is out of range' % y)
    if m < 1 or m > 12:
        raise ValueError('month must be in 1..12')
    if d < 1 or d > _month_days(y, m):
        raise ValueError('day is out of range for month')
    return y, m, d


def _valid_clock(h, mi, s, us, fold):
    h = _as_int(h)
    mi = _as_int(mi)
    s = _as_int(s)
    us = _as_int(us)
    fold = _as_int(fold)
    if h < 0 or h > 23:
        raise ValueError('hour must be in 0..23')
    if mi < 0 or mi > 59:
        raise ValueError('minute must be in 0..59')
    if s < 0 or s > 59:
        raise ValueError('second must be in 0..59')
    if us < 0 or us > 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold != 0 and fold != 1:
        raise ValueError('fold must be either 0 or 1')
    return h, mi, s, us, fold


def _valid_tz(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError('tzinfo argument must be None or of a tzinfo '
                        "subclass, not type '%s'" % type(tz).__name__)


_NO = object()  # an argument not given


def _need(v, name, pos):
    if v is _NO:
        raise TypeError("function missing required argument '%s' (pos %d)"
                        % (name, pos))


def _unpack(cls, st, tz, n, i, lo, hi):
    # CPython's pickled form of date, time and datetime: the fields packed
    # into n bytes (latin-1 text when the pickle came from Python 2), the
    # fold in the top bit of byte i. Not that form: None, the caller then
    # reads its arguments as fields. Else: (fields, fold, tzinfo).
    if type(st) not in (bytes, str) or len(st) != n or \
            not lo <= ord(st[i:i + 1]) & 127 <= hi:
        return None
    if type(st) is str:
        try:
            st = st.encode('latin1')
        except UnicodeEncodeError:
            raise ValueError("Failed to encode latin1 string when unpickling "
                             "a %s object. pickle.load(data, encoding='latin1')"
                             " is assumed." % cls.__name__) from None
    if tz is _NO:
        tz = None
    elif tz is not None and not isinstance(tz, tzinfo):
        raise TypeError('bad tzinfo state arg')
    f = list(st)
    f[i] &= 127
    if n != 6:
        f[:2] = [f[0] * 256 + f[1]]
    if n != 4:
        f[-3:] = [int.from_bytes(st[-3:], 'big')]
    return f, st[i] >> 7, tz


def _pack(head, o, proto, i):
    # the inverse of _unpack for a time (head: []) or datetime; the fold is
    # kept from protocol 4 on, as in CPython
    b = head + [o._hh, o._mi, o._ss] + list(o._us.to_bytes(3, 'big'))
    if proto > 3 and o._fold:
        b[i] |= 128
    st = bytes(b)
    return (type(o), (st,) if o._tz is None else (st, o._tz))


_OFFSET_RANGE_MSG = ('offset must be a timedelta strictly between '
                     '-timedelta(hours=24) and timedelta(hours=24)')


def _ask_tz(tz, what, arg):
    # call tz.utcoffset/dst(arg) and check what it gave back
    if tz is None:
        return None
    got = getattr(tz, what)(arg)
    if got is None:
        return None
    if not isinstance(got, timedelta):
        raise TypeError('tzinfo.%s() must return None or timedelta, not '
                        "'%s'" % (what, type(got).__name__))
    if not -_US_PER_DAY < got._us < _US_PER_DAY:
        raise ValueError(_OFFSET_RANGE_MSG + '.')
    return got


def _ask_tzname(tz, arg):
    if tz is None:
        return None
    got = tz.tzname(arg)
    if got is not None and not isinstance(got, str):
        raise TypeError('tzinfo.tzname() must return None or a string, '
                        "not '%s'" % type(got).__name__)
    return got


def _offset_text(off, colon):
    # '+HH:MM' (plus ':SS' and '.ffffff' when needed); colon=False gives
    # the '%z' form without separators
    if off is None:
        return ''
    t = off._us
    sign = '+'
    if t < 0:
        sign = '-'
        t = -t
    secs, frac = divmod(t, _US_PER_SEC)
    hh, rest = divmod(secs, 3600)
    mm, ss = divmod(rest, 60)
    sep = ':' if colon else ''
    text = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or frac:
        text += '%s%02d' % (sep, ss)
        if frac:
            text += '.%06d' % frac
    return text


def _clock_text(h, mi, s, us, spec):
    if spec == 'auto':
        spec = 'microseconds' if us else 'seconds'
    if spec == 'hours':
        return '%02d' % h
    if spec == 'minutes':
        return '%02d:%02d' % (h, mi)
    if spec == 'seconds':
        return '%02d:%02d:%02d' % (h, mi, s)
    if spec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (h, mi, s, us // 1000)
    if spec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (h, mi, s, us)
    raise ValueError('Unknown timespec value')


def _expand_format(fmt, us, zoned):
    # Replace the directives time.strftime knows nothing about (%f, %z, %Z)
    # and hand the rest to it; '%%' stays escaped for the second pass.
    # The tzinfo of zoned (a time or datetime, or None for a date) is only
    # asked when %z or %Z appears, so a half-implemented tzinfo still works
    # for plain formats.
    pieces = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            pieces.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == 'f':
            pieces.append('%06d' % us)
        elif d == 'z':
            if zoned is not None:
                pieces.append(_offset_text(zoned.utcoffset(), False))
        elif d == 'Z':
            zname = zoned.tzname() if zoned is not None else None
            if zname:
                pieces.append(zname.replace('%', '%%'))
        else:
            pieces.append('%' + d)
    return ''.join(pieces)


def _struct_time(fields):
    maker = getattr(_tm, 'struct_time', None)
    if maker is not None:
        try:
            return maker(fields)
        except TypeError:
            pass
    return _TimeTuple(fields)


class _TimeTuple(tuple):
    # stand-in for time.struct_time where the time module has none
    __slots__ = ()

    def __new__(cls, fields):
        return tuple.__new__(cls, fields)

    def __repr__(self):
        names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min',
                 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')
        return 'time.struct_time(%s)' % ', '.join(
            '%s=%r' % (k, v) for k, v in zip(names, self))

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])


def _comparisons():
    # The six rich comparisons, all driven by self._against(other, for_eq).
    def eq(self, other):
        keys = self._against(other, True)
        if keys is NotImplemented:
            return keys
        if keys is None:
            return False
        return keys[0] == keys[1]

    def ne(self, other):
        r = eq(self, other)
        if r is NotImplemented:
            return r
        return not r

    def ordered(sym, test):
        def compare(self, other):
            keys = self._against(other, False)
            if keys is NotImplemented:
                if isinstance(other, _BUILTIN_KINDS):
                    raise TypeError("'%s' not supported between instances of "
                                    "'%s' and '%s'"
                                    % (sym, _tname(self), _tname(other)))
                return keys
            return test(keys[0], keys[1])
        return compare

    return (eq, ne,
            ordered('<', lambda a, b: a < b),
            ordered('<=', lambda a, b: a <= b),
            ordered('>', lambda a, b: a > b),
            ordered('>=', lambda a, b: a >= b))


def _utc_pair(x, y, a, b, for_eq, kind, fold_matters):
    # The keys a and b of two times or datetimes x and y made comparable: as
    # they are when both share a tzinfo or both are naive, else each less its
    # UTC offset. Naive against aware: None for ==, TypeError for ordering.
    # With fold_matters, an aware value whose offset depends on fold (a
    # repeated hour) never equals one in another zone, as in CPython.
    if x._tz is y._tz:
        return a, b
    oa = x.utcoffset()
    ob = y.utcoffset()
    if oa is None and ob is None:
        return a, b
    if oa is None or ob is None:
        if for_eq:
            return None
        raise TypeError("can't compare offset-naive and offset-aware "
                        + kind)
    if for_eq and fold_matters:
        if x._flips_with_fold(oa) or y._flips_with_fold(ob):
            return None
    return a - oa._us, b - ob._us


def _utc_key(x, key):
    # key less x's UTC offset (taken at fold=0, so that both folds of a
    # repeated hour hash alike), or None for a naive x.
    if x._tz is None:
        return None
    probe = x if not x._fold else x.replace(fold=0)
    off = probe.utcoffset()
    return None if off is None else key - off._us


# ---------------------------------------------------------------------------
# timedelta

# (argument name, microseconds per unit); the order is the one in which
# CPython adds the fractional parts up, which decides the last bit of a
# float sum
_TD_PARTS = (('microseconds', 1), ('milliseconds', 1000),
             ('seconds', _US_PER_SEC), ('minutes', _US_PER_MIN),
             ('hours', _US_PER_HOUR), ('days', _US_PER_DAY),
             ('weeks', 7 * _US_PER_DAY))


def _refuse_nonfinite(f):
    if f != f:
        raise ValueError('cannot convert float NaN to integer')
    if f in (float('inf'), float('-inf')):
        raise OverflowError('cannot convert float infinity to integer')


def _duration(total_us):
    # a plain timedelta holding total_us microseconds (range-checked)
    days = total_us // _US_PER_DAY
    if not -(1 << 31) <= days < (1 << 31):
        # CPython fails converting the day count before checking its range
        raise OverflowError('Python int too large to convert to C int')
    if days > _TD_DAY_LIMIT or days < -_TD_DAY_LIMIT:
        raise OverflowError('days=%d; must have magnitude <= %d'
                            % (days, _TD_DAY_LIMIT))
    obj = object.__new__(timedelta)
    obj._us = total_us
    return obj


class timedelta:
    __slots__ = ('_us',)

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        # Integers (and the whole parts of floats) add up exactly.  The
        # fraction of a float argument is scaled to microseconds in double
        # precision; its whole part is exact again and what is left below
        # one microsecond is summed as a float, then the total is rounded
        # once, half to even.  This reproduces CPython's results bit for bit.
        given = {'days': days, 'seconds': seconds,
                 'microseconds': microseconds, 'milliseconds': milliseconds,
                 'minutes': minutes, 'hours': hours, 'weeks': weeks}
        total = 0
        below = 0.0
        for label, scale in _TD_PARTS:
            v = given[label]
            if isinstance(v, int):
                total += int(v) * scale
            elif isinstance(v, float):
                _refuse_nonfinite(v)
                whole = int(v)
                total += whole * scale
                part = (v - whole) * scale
                if part:
                    whole = int(part)
                    total += whole
                    below += part - whole
            else:
                raise TypeError('unsupported type for timedelta %s '
                                'component: %s' % (label, type(v).__name__))
        if below:
            num, den = below.as_integer_ratio()
            total = _round_even(total * den + num, den)
        base = _duration(total)
        if cls is timedelta:
            return base
        obj = object.__new__(cls)
        obj._us = base._us
        return obj

    @property
    def days(self):
        return self._us // _US_PER_DAY

    @property
    def seconds(self):
        return self._us % _US_PER_DAY // _US_PER_SEC

    @property
    def microseconds(self):
        return self._us % _US_PER_SEC

    def total_seconds(self):
        return self._us / _US_PER_SEC

    def __repr__(self):
        bits = []
        for label, v in (('days', self.days), ('seconds', self.seconds),
                         ('microseconds', self.microseconds)):
            if v:
                bits.append('%s=%d' % (label, v))
        return '%s(%s)' % (_cls_label(self), ', '.join(bits) or '0')

    def __str__(self):
        d = self.days
        secs, frac = divmod(self._us - d * _US_PER_DAY, _US_PER_SEC)
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        text = '%d:%02d:%02d' % (hh, mm, ss)
        if frac:
            text += '.%06d' % frac
        if d:
            plural = '' if d == 1 or d == -1 else 's'
            text = '%d day%s, %s' % (d, plural, text)
        return text

    def __format__(self, spec):
        _need_str(spec, 'format', 2)
        if spec:
            raise TypeError('unsupported format string passed to '
                            'datetime.timedelta.__format__')
        return str(self)

    def __bool__(self):
        return self._us != 0

    def __hash__(self):
        return hash(self._us)

    def _against(self, other, for_eq):
        if isinstance(other, timedelta):
            return self._us, other._us
        return NotImplemented

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _comparisons()

    def __pos__(self):
        return _duration(self._us)

    def __neg__(self):
        return _duration(-self._us)

    def __abs__(self):
        return _duration(abs(self._us))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _duration(self._us + other._us)
        return _refuse_op('+', self, other, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _duration(self._us + other._us)
        return _refuse_op('+', other, self, other, True)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _duration(self._us - other._us)
        return _refuse_op('-', self, other, other)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _duration(other._us - self._us)
        return _refuse_op('-', other, self, other, True)

    def _scaled(self, other, sym, a, b):
        if isinstance(other, int):
            return _duration(self._us * other)
        if isinstance(other, float):
            fn, fd = other.as_integer_ratio()
            return _duration(_round_even(self._us * fn, fd))
        if isinstance(other, _SEQUENCE_KINDS):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % _tname(self))
        return _refuse_op(sym, a, b, other, True)

    def __mul__(self, other):
        return self._scaled(other, '*', self, other)

    def __rmul__(self, other):
        return self._scaled(other, '*', other, self)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us / other._us
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            if other < 0:
                return _duration(_round_even(-self._us, -other))
            return _duration(_round_even(self._us, other))
        if isinstance(other, float):
            fn, fd = other.as_integer_ratio()
            if fn == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            if fn < 0:
                fn = -fn
                fd = -fd
            return _duration(_round_even(self._us * fd, fn))
        return _refuse_op('/', self, other, other, True)

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if not other._us:
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._us // other._us
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _duration(self._us // other)
        return _refuse_op('//', self, other, other, True)

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other._us:
                raise ZeroDivisionError('integer modulo by zero')
            return _duration(self._us % other._us)
        return _refuse_op('%', self, other, other, True)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if not other._us:
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._us, other._us)
            return q, _duration(r)
        return _refuse_op('divmod()', self, other, other, True)

    def __reduce__(self):
        return (type(self), (self.days, self.seconds, self.microseconds))

    __copy__ = __deepcopy__ = _itself


_OWN_TYPES.append(timedelta)


# ---------------------------------------------------------------------------
# tzinfo (abstract base)

class tzinfo:
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement '
                                  'utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        # dt holds UTC wall time tagged with self; move it to local time.
        # Standard offset = utcoffset - dst, applied first; the dst of the
        # shifted value is then added (the documented default algorithm).
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        total = dt.utcoffset()
        if total is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        saving = dt.dst()
        if saving is None:
            raise ValueError('fromutc: non-None dst() result required')
        local = dt + (total - saving)
        saving = local.dst()
        if saving is None:
            raise ValueError('fromutc: tz.dst() gave inconsistent results; '
                             'cannot convert')
        return local + saving

    def __reduce__(self):
        args = getattr(self, '__getinitargs__', None)
        args = args() if args is not None else ()
        state = self.__getstate__()  # (dict, slots) when the subclass has __slots__
        if state:
            return (type(self), args, state)
        return (type(self), args)


_OWN_TYPES.append(tzinfo)


# ---------------------------------------------------------------------------
# date

def _plain_date(y, m, d):
    obj = object.__new__(date)
    obj._y = y
    obj._m = m
    obj._d = d
    return obj


def _date_of_kind(cls, y, m, d):
    # results of classmethods and arithmetic keep the caller's subclass
    if cls is date:
        return _plain_date(y, m, d)
    return cls(y, m, d)


def _ordinal_in_range(n):
    if n < 1 or n > _LAST_ORDINAL:
        raise OverflowError('date value out of range')
    return n


class IsoCalendarDate(tuple):
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (
            _cls_label(self), self[0], self[1], self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))


# CPython does not export the class under its name
_IsoDate = IsoCalendarDate
del IsoCalendarDate


class date:
    __slots__ = ('_y', '_m', '_d')

    def __new__(cls, year, month=_NO, day=_NO):
        if month is _NO:
            st = _unpack(cls, year, _NO, 4, 2, 1, 12)
            if st:  # taken as it is, unchecked, as in CPython
                obj = object.__new__(cls)
                obj._y, obj._m, obj._d = st[0]
                return obj
        year = _as_int(year)
        _need(month, 'month', 2)
        _need(day, 'day', 3)
        y, m, d = _valid_ymd(year, month, day)
        obj = object.__new__(cls)
        obj._y = y
        obj._m = m
        obj._d = d
        return obj

    # -- alternative constructors
    @classmethod
    def today(cls):
        return cls.fromtimestamp(_tm.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _local_fields(_whole_seconds(t))[:3]
        return _date_of_kind(cls, y, m, d)

    @classmethod
    def fromordinal(cls, n):
        n = _as_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        y, m, d = _civil(n)
        if y > MAXYEAR:
            raise ValueError('year %d is out of range' % y)
        return _date_of_kind(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError('fromisoformat: argument must be str')
        ymd = _iso_date_part(text)
        if ymd is None:
            raise ValueError('Invalid isoformat string: %r' % (text,))
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        year = _as_int(year)
        week = _as_int(week)
        day = _as_int(day)
        if year < MINYEAR or year > MAXYEAR:
            raise ValueError('Year is out of range: %d' % year)
        start = _iso_monday(year)
        weeks = (_iso_monday(year + 1) - start) // 7
        if week < 1 or week > weeks:
            raise ValueError('Invalid week: %d' % week)
        if day < 1 or day > 7:
            raise ValueError('Invalid day: %d (range is [1, 7])' % day)
        y, m, d = _civil(start + (week - 1) * 7 + day - 1)
        if y < MINYEAR or y > MAXYEAR:
            raise ValueError('year %d is out of range' % y)
        return _date_of_kind(cls, y, m, d)

    # -- fields
    @property
    def year(self):
        return self._y

    @property
    def month(self):
        return self._m

    @property
    def day(self):
        return self._d

    # -- calendar queries
    def toordinal(self):
        return _day_number(self._y, self._m, self._d)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return (self.toordinal() + 6) % 7 + 1

    def isocalendar(self):
        return _IsoDate(*_iso_triple(self.toordinal(), self._y))

    def timetuple(self):
        y, m, d = self._y, self._m, self._d
        return _struct_time((y, m, d, 0, 0, 0, self.weekday(),
                             _year_day(y, m, d), -1))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._y if year is None else year,
                          self._m if month is None else month,
                          self._d if day is None else day)

    # -- text
    def isoformat(self):
        return '%04d-%02d-%02d' % (self._y, self._m, self._d)

    __str__ = isoformat

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_cls_label(self), self._y, self._m,
                                   self._d)

    def ctime(self):
        return '%s %s %2d 00:00:00 %04d' % (
            _DAY_ABBR[self.weekday()], _MON_ABBR[self._m - 1], self._d,
            self._y)

    def strftime(self, fmt):
        _need_str(fmt, 'strftime')
        return _tm.strftime(_expand_format(fmt, 0, None),
                            tuple(self.timetuple()))

    def __format__(self, spec):
        _need_str(spec, 'format', 2)
        if spec:
            return self.strftime(spec)
        return str(self)

    # -- comparison, hashing
    def _against(self, other, for_eq):
        if isinstance(other, date):
            # a datetime on the other side is refused by its own reflected
            # method first; reaching here means date.__eq__ etc. were called
            # explicitly, which compare the date parts only
            return ((self._y, self._m, self._d),
                    (other._y, other._m, other._d))
        return NotImplemented

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _comparisons()

    def __hash__(self):
        return hash((self._y, self._m, self._d))

    # -- arithmetic
    def _shift_days(self, n):
        y, m, d = _civil(_ordinal_in_range(self.toordinal() + n))
        return _date_of_kind(type(self), y, m, d)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._shift_days(other.days)
        return _refuse_op('+', self, other, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self._shift_days(other.days)
        return _refuse_op('+', other, self, other, True)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._shift_days(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _duration((self.toordinal() - other.toordinal())
                             * _US_PER_DAY)
        return _refuse_op('-', self, other, other)

    def __rsub__(self, other):
        return _refuse_op('-', other, self, other, True)

    def __reduce__(self):
        y = self._y
        return (type(self), (bytes((y >> 8, y & 255, self._m, self._d)),))

    __copy__ = __deepcopy__ = _itself


_OWN_TYPES.append(date)


def _whole_seconds(t):
    # the integer part used with time.localtime (float timestamps floor)
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        if not -9.2e18 < t < 9.2e18:
            raise OverflowError('timestamp out of range for platform time_t')
        return t
    t = _as_int(t)
    if not -(1 << 63) <= t < (1 << 63):
        raise OverflowError('timestamp out of range for platform time_t')
    return t


def _split_timestamp(t):
    # timestamp -> (whole seconds, microseconds), the fraction rounded half
    # to even the way CPython rounds it (in double precision)
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        if t in (float('inf'), float('-inf')):
            raise OverflowError('cannot convert float infinity to integer')
        if not -9.2e18 < t < 9.2e18:
            raise OverflowError('timestamp out of range for platform time_t')
        whole = int(t)
        us = round((t - whole) * 1e6)
        if us >= _US_PER_SEC:
            us -= _US_PER_SEC
            whole += 1
        elif us < 0:
            us += _US_PER_SEC
            whole -= 1
        return whole, us
    return _whole_seconds(t), 0


# ---------------------------------------------------------------------------
# time

def _with_clock(obj, h, mi, s, us, tz, fold):
    # The time-of-day fields that time and datetime objects share.
    obj._hh = h
    obj._mi = mi
    obj._ss = s
    obj._us = us
    obj._tz = tz
    obj._fold = fold
    return obj


def _clock_properties():
    # hour, minute, second, microsecond, tzinfo, fold: read-only views of them.
    return tuple(property(lambda self, n=n: getattr(self, n))
                 for n in ('_hh', '_mi', '_ss', '_us', '_tz', '_fold'))


def _time_of_kind(cls, h, mi, s, us, tz, fold):
    if cls is time:
        return _with_clock(object.__new__(time), h, mi, s, us, tz, fold)
    if fold:
        return cls(h, mi, s, us, tz, fold=fold)
    return cls(h, mi, s, us, tz)


class time:
    __slots__ = ('_hh', '_mi', '_ss', '_us', '_tz', '_fold')

    def __new__(cls, hour=0, minute=_NO, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        st = _unpack(cls, hour, minute, 6, 0, 0, 23)
        if st:
            f, fold, tz = st
            return _with_clock(object.__new__(cls), *f, tz, fold)
        if minute is _NO:
            minute = 0
        h, mi, s, us, fold = _valid_clock(hour, minute, second, microsecond,
                                          fold)
        _valid_tz(tzinfo)
        return _with_clock(object.__new__(cls), h, mi, s, us, tzinfo, fold)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError('fromisoformat: argument must be str')
        body = text
        if body[:1] == 'T':
            body = body[1:]
        parts = _iso_time_part(body)
        if parts is None:
            raise ValueError('Invalid isoformat string: %r' % (text,))
        return cls(*parts)

    hour, minute, second, microsecond, tzinfo, fold = _clock_properties()

    def utcoffset(self):
        return _ask_tz(self._tz, 'utcoffset', None)

    def dst(self):
        return _ask_tz(self._tz, 'dst', None)

    def tzname(self):
        return _ask_tzname(self._tz, None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._hh if hour is None else hour,
                          self._mi if minute is None else minute,
                          self._ss if second is None else second,
                          self._us if microsecond is None else microsecond,
                          self._tz if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def isoformat(self, timespec='auto'):
        _need_str(timespec, 'isoformat')
        return (_clock_text(self._hh, self._mi, self._ss, self._us, timespec)
                + _offset_text(self.utcoffset(), True))

    __str__ = isoformat

    def __repr__(self):
        if self._us:
            inner = '%d, %d, %d, %d' % (self._hh, self._mi, self._ss,
                                        self._us)
        elif self._ss:
            inner = '%d, %d, %d' % (self._hh, self._mi, self._ss)
        else:
            inner = '%d, %d' % (self._hh, self._mi)
        if self._tz is not None:
            inner += ', tzinfo=%r' % (self._tz,)
        if self._fold:
            inner += ', fold=1'
        return '%s(%s)' % (_cls_label(self), inner)

    def strftime(self, fmt):
        _need_str(fmt, 'strftime')
        fields = (1900, 1, 1, self._hh, self._mi, self._ss, 0, 1, -1)
        return _tm.strftime(
            _expand_format(fmt, self._us, self),
            fields)

    def __format__(self, spec):
        _need_str(spec, 'format', 2)
        if spec:
            return self.strftime(spec)
        return str(self)

    def _clock_us(self):
        return (self._hh * _US_PER_HOUR + self._mi * _US_PER_MIN
                + self._ss * _US_PER_SEC + self._us)

    def _against(self, other, for_eq):
        if not isinstance(other, time):
            return NotImplemented
        return _utc_pair(self, other, self._clock_us(), other._clock_us(),
                         for_eq, 'times', False)

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _comparisons()

    def __hash__(self):
        key = self._clock_us()
        utc = _utc_key(self, key)
        return hash(key if utc is None else ('aware', utc))

    def __bool__(self):
        return True

    # times of day have no arithmetic; these only word the TypeError of the
    # common mistakes (time - time, time + timedelta) as CPython does
    def __add__(self, other):
        return _refuse_op('+', self, other, other)

    def __sub__(self, other):
        return _refuse_op('-', self, other, other)

    def __reduce_ex__(self, proto):
        return _pack([], self, proto, 0)

    def __reduce__(self):
        return self.__reduce_ex__(2)

    __copy__ = __deepcopy__ = _itself


_OWN_TYPES.append(time)


# ---------------------------------------------------------------------------
# datetime

def _dt_of_kind(cls, y, m, d, h, mi, s, us, tz, fold=0):
    if cls is datetime:
        obj = object.__new__(datetime)
        obj._y = y
        obj._m = m
        obj._d = d
        return _with_clock(obj, h, mi, s, us, tz, fold)
    if fold:
        return cls(y, m, d, h, mi, s, us, tz, fold=fold)
    return cls(y, m, d, h, mi, s, us, tz)


def _dt_from_count(cls, count, tz, fold=0, from_stamp=False):
    # inverse of datetime._count(): microseconds -> datetime of class cls.
    # Out of range is an OverflowError after arithmetic but a ValueError
    # naming the year when converting a timestamp (as in CPython).
    n, rest = divmod(count, _US_PER_DAY)
    if from_stamp and (n < 1 or n > _LAST_ORDINAL):
        raise ValueError('year %d is out of range' % _civil(n)[0])
    y, m, d = _civil(_ordinal_in_range(n))
    secs, us = divmod(rest, _US_PER_SEC)
    h, rest = divmod(secs, 3600)
    mi, s = divmod(rest, 60)
    return _dt_of_kind(cls, y, m, d, h, mi, s, us, tz, fold)


def _local_fields(secs):
    # seconds since the epoch -> local (y, m, d, h, mi, s)
    lt = _tm.localtime(secs)
    if lt[0] < MINYEAR or lt[0] > MAXYEAR:
        raise ValueError('year %d is out of range' % lt[0])
    return lt[0], lt[1], lt[2], lt[3], lt[4], min(lt[5], 59)


def _fields_as_epoch(y, m, d, h, mi, s):
    # the same fields read as UTC, in seconds since the epoch
    return ((_day_number(y, m, d) - _UNIX_DAY) * 86400
            + h * 3600 + mi * 60 + s)


def _local_shift(u):
    # seconds east of UTC of local time at epoch second u
    return _fields_as_epoch(*_local_fields(u)) - u


def _local_to_epoch(y, m, d, h, mi, s, fold):
    # Naive local wall time -> seconds since the epoch (PEP 495 rules).
    # Try the offsets in force a day before and a day after: a wall time
    # that both readings reproduce occurs twice (fold picks the earlier or
    # the later instant); one that neither reproduces lies in a gap, where
    # fold=0 keeps the earlier offset and fold=1 the later one.
    # Only the probe on the fold's side may fail for lying outside years
    # 1..9999 (as in CPython); the other one then borrows its result.
    wall = _fields_as_epoch(y, m, d, h, mi, s)
    if fold:
        late = wall - _local_shift(wall + 86400)
        try:
            early = wall - _local_shift(wall - 86400)
        except ValueError:
            early = late
    else:
        early = wall - _local_shift(wall - 86400)
        try:
            late = wall - _local_shift(wall + 86400)
        except ValueError:
            late = early
    early_ok = early + _local_shift(early) == wall
    late_ok = late + _local_shift(late) == wall
    if early_ok and late_ok:
        if fold:
            return max(early, late)
        return min(early, late)
    if early_ok:
        return early
    if late_ok:
        return late
    return late if fold else early


def _zone_at(u):
    # the local zone in force at epoch second u, as a fixed timezone
    lt = _tm.localtime(u)
    shift = _fields_as_epoch(lt[0], lt[1], lt[2], lt[3], lt[4],
                             min(lt[5], 59)) - u
    # The zone's name as localtime() gives it, as CPython's astimezone()
    # reads it (strftime('%Z') of the fields would not do: musl prints a
    # name only when the pointer is its own).
    name = lt.tm_zone
    if name:
        return timezone(timedelta(seconds=shift), name)
    return timezone(timedelta(seconds=shift))


class datetime(date):
    __slots__ = ('_hh', '_mi', '_ss', '_us', '_tz', '_fold')

    def __new__(cls, year, month=_NO, day=_NO, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if day is _NO:
            st = _unpack(cls, year, month, 10, 2, 1, 12)
            if st:
                f, fold, tz = st
                obj = object.__new__(cls)
                obj._y, obj._m, obj._d = f[:3]
                return _with_clock(obj, *f[3:], tz, fold)
        year = _as_int(year)
        _need(month, 'month', 2)
        _need(day, 'day', 3)
        y, m, d = _valid_ymd(year, month, day)
        h, mi, s, us, fold = _valid_clock(hour, minute, second, microsecond,
                                          fold)
        _valid_tz(tzinfo)
        obj = object.__new__(cls)
        obj._y = y
        obj._m = m
        obj._d = d
        return _with_clock(obj, h, mi, s, us, tzinfo, fold)

    hour, minute, second, microsecond, tzinfo, fold = _clock_properties()

    # -- alternative constructors
    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _valid_tz(tz)
        whole, us = _split_timestamp(t)
        if tz is None:
            y, m, d, h, mi, s = _local_fields(whole)
            # the second reading of a repeated wall time gets fold=1
            fold = 0
            if _local_to_epoch(y, m, d, h, mi, s, 0) < whole:
                fold = 1
            return _dt_of_kind(cls, y, m, d, h, mi, s, us, None, fold)
        utc = _dt_from_count(cls, (whole + _UNIX_DAY * 86400) * _US_PER_SEC
                             + us, tz, 0, True)
        return tz.fromutc(utc)

    @classmethod
    def utcfromtimestamp(cls, t):
        whole, us = _split_timestamp(t)
        return _dt_from_count(cls, (whole + _UNIX_DAY * 86400) * _US_PER_SEC
                              + us, None, 0, True)

    @classmethod
    def now(cls, tz=None):
        ns = _tm.time_ns()
        whole, rest = divmod(ns, 1000000000)
        return cls.fromtimestamp(whole, tz).replace(microsecond=rest // 1000)

    @classmethod
    def utcnow(cls):
        ns = _tm.time_ns()
        return _dt_from_count(cls, ns // 1000 + _UNIX_DAY * _US_PER_DAY, None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, '
                            'not %s' % _arg_kind(date))
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, '
                            'not %s' % _arg_kind(time))
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError('fromisoformat: argument must be str')
        width = _iso_date_width(text)
        ymd = _iso_date_part(text[:width])
        clock = (0, 0, 0, 0, None)
        if ymd is not None and len(text) > width:
            clock = _iso_time_part(text[width + 1:])
        if ymd is None or clock is None:
            raise ValueError('Invalid isoformat string: %r' % (text,))
        return cls(*(ymd + clock))

    @classmethod
    def strptime(cls, text, fmt):
        _need_str(text, 'strptime', 1)
        _need_str(fmt, 'strptime', 2)
        return cls(*_strptime_fields(text, fmt))

    # -- parts
    def date(self):
        return _plain_date(self._y, self._m, self._d)

    def time(self):
        return _time_of_kind(_time_class, self._hh, self._mi, self._ss,
                             self._us, None, self._fold)

    def timetz(self):
        return _time_of_kind(_time_class, self._hh, self._mi, self._ss,
                             self._us, self._tz, self._fold)

    def utcoffset(self):
        return _ask_tz(self._tz, 'utcoffset', self)

    def dst(self):
        return _ask_tz(self._tz, 'dst', self)

    def tzname(self):
        return _ask_tzname(self._tz, self)

    def replace(self, year=None, month=None, day=None, hour=None,
                minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        return type(self)(
            self._y if year is None else year,
            self._m if month is None else month,
            self._d if day is None else day,
            self._hh if hour is None else hour,
            self._mi if minute is None else minute,
            self._ss if second is None else second,
            self._us if microsecond is None else microsecond,
            self._tz if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold)

    def _count(self):
        # microseconds since the start of ordinal day 0 (naive reading)
        return ((self.toordinal() * 86400 + self._hh * 3600 + self._mi * 60
                 + self._ss) * _US_PER_SEC + self._us)

    def _local_epoch(self):
        # naive value read as local time -> whole seconds since the epoch
        return _local_to_epoch(self._y, self._m, self._d, self._hh,
                               self._mi, self._ss, self._fold)

    def timestamp(self):
        off = self.utcoffset()
        if off is None:
            return self._local_epoch() + self._us / _US_PER_SEC
        return ((self._count() - off._us - _UNIX_DAY * _US_PER_DAY)
                / _US_PER_SEC)

    def timetuple(self):
        saving = self.dst()
        flag = -1 if saving is None else (1 if saving else 0)
        y, m, d = self._y, self._m, self._d
        return _struct_time((y, m, d, self._hh, self._mi, self._ss,
                             self.weekday(), _year_day(y, m, d), flag))

    def utctimetuple(self):
        off = self.utcoffset()
        v = self
        if off is not None:
            v = _dt_from_count(datetime, self._count() - off._us, None)
        y, m, d = v._y, v._m, v._d
        return _struct_time((y, m, d, v._hh, v._mi, v._ss, v.weekday(),
                             _year_day(y, m, d), 0))

    def astimezone(self, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be None or of a tzinfo '
                            "subclass, not type '%s'" % type(tz).__name__)
        off = self.utcoffset()
        if off is None:
            # naive (or a zone that gives no offset): the value is local
            # time, and its offset is the one in force at that instant
            off = _zone_at(self._local_epoch())._off
        elif tz is self._tz:
            return self
        utc_count = self._count() - off._us
        if tz is None:
            # the local zone in force at the resulting instant
            tz = _zone_at(utc_count // _US_PER_SEC - _UNIX_DAY * 86400)
        utc = _dt_from_count(type(self), utc_count, tz)
        return tz.fromutc(utc)

    # -- text
    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode '
                            'character, not %s' % type(sep).__name__)
        _need_str(timespec, 'isoformat', 2)
        return ('%04d-%02d-%02d%s' % (self._y, self._m, self._d, sep)
                + _clock_text(self._hh, self._mi, self._ss, self._us,
                              timespec)
                + _offset_text(self.utcoffset(), True))

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        inner = '%d, %d, %d, %d, %d' % (self._y, self._m, self._d, self._hh,
                                        self._mi)
        if self._us:
            inner += ', %d, %d' % (self._ss, self._us)
        elif self._ss:
            inner += ', %d' % self._ss
        if self._fold:
            inner += ', fold=1'
        if self._tz is not None:
            inner += ', tzinfo=%r' % (self._tz,)
        return '%s(%s)' % (_cls_label(self), inner)

    def ctime(self):
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAY_ABBR[self.weekday()], _MON_ABBR[self._m - 1], self._d,
            self._hh, self._mi, self._ss, self._y)

    def strftime(self, fmt):
        _need_str(fmt, 'strftime')
        return _tm.strftime(
            _expand_format(fmt, self._us, self),
            tuple(self.timetuple()))

    # -- comparison, hashing
    def _flips_with_fold(self, off):
        # True when the utcoffset depends on fold (a repeated local hour)
        return self.replace(fold=1 - self._fold).utcoffset() != off

    def _against(self, other, for_eq):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if for_eq:
                    return None
                raise TypeError("can't compare %s to %s"
                                % (_tname(self), _tname(other)))
            return NotImplemented
        return _utc_pair(self, other, self._count(), other._count(),
                         for_eq, 'datetimes', True)

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _comparisons()

    def __hash__(self):
        key = self._count()
        utc = _utc_key(self, key)
        return hash(key if utc is None else utc)

    # -- arithmetic
    def __add__(self, other):
        if isinstance(other, timedelta):
            return _dt_from_count(type(self), self._count() + other._us,
                                  self._tz)
        return _refuse_op('+', self, other, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _dt_from_count(type(self), self._count() + other._us,
                                  self._tz)
        return _refuse_op('+', other, self, other, True)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _dt_from_count(type(self), self._count() - other._us,
                                  self._tz)
        if isinstance(other, datetime):
            a = self._count()
            b = other._count()
            if self._tz is not other._tz:
                oa = self.utcoffset()
                ob = other.utcoffset()
                if (oa is None) != (ob is None):
                    raise TypeError("can't subtract offset-naive and "
                                    'offset-aware datetimes')
                if oa is not None:
                    a -= oa._us
                    b -= ob._us
            return _duration(a - b)
        return _refuse_op('-', self, other, other)

    def __rsub__(self, other):
        return _refuse_op('-', other, self, other, True)

    def __reduce_ex__(self, proto):
        y = self._y
        return _pack([y >> 8, y & 255, self._m, self._d], self, proto, 2)

    def __reduce__(self):
        return self.__reduce_ex__(2)


_OWN_TYPES.append(datetime)
_date_class = date
_time_class = time


# ---------------------------------------------------------------------------
# timezone (fixed offsets)

_NO_NAME = object()


class timezone(tzinfo):
    __slots__ = ('_off', '_name')

    def __new__(cls, offset, name=_NO_NAME):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be '
                            'datetime.timedelta, not %s'
                            % _arg_kind(offset))
        if name is _NO_NAME:
            name = None
            if not offset._us and cls is timezone and _UTC is not None:
                return _UTC
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % _arg_kind(name))
        if not -_US_PER_DAY < offset._us < _US_PER_DAY:
            raise ValueError('%s, not %r.' % (_OFFSET_RANGE_MSG, offset))
        obj = object.__new__(cls)
        obj._off = _duration(offset._us)
        obj._name = name
        return obj

    def _check_arg(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or '
                            'None, not %s' % (what, _tname(dt)))

    def utcoffset(self, dt):
        self._check_arg(dt, 'utcoffset')
        return self._off

    def dst(self, dt):
        self._check_arg(dt, 'dst')
        return None

    def tzname(self, dt):
        self._check_arg(dt, 'tzname')
        if self._name is not None:
            return self._name
        if not self._off._us:
            return 'UTC'
        return 'UTC' + _offset_text(self._off, True)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._off

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._off._us == other._off._us
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._off._us != other._off._us
        return NotImplemented

    def __hash__(self):
        return hash(self._off)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        label = _cls_label(self)
        if self._name is None:
            return '%s(%r)' % (label, self._off)
        return '%s(%r, %r)' % (label, self._off, self._name)

    def __str__(self):
        return self.tzname(None)

    def __getinitargs__(self):
        if self._name is None:
            return (self._off,)
        return (self._off, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    __copy__ = __deepcopy__ = _itself


_OWN_TYPES.append(timezone)
_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = _UTC
UTC = _UTC
timezone.min = timezone(timedelta(hours=-23, minutes=-59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


# ---------------------------------------------------------------------------
# ISO 8601 parsing (the forms CPython 3.11's fromisoformat accepts).

def _digits(s, i, n):
    # the n ASCII digits at s[i:i+n] as an int, or None
    if i + n > len(s):
        return None
    v = 0
    for k in range(i, i + n):
        c = s[k]
        if c < '0' or c > '9':
            return None
        v = v * 10 + ord(c) - 48
    return v


def _iso_date_width(s):
    # how many leading characters of a datetime string form its date
    if len(s) > 4 and s[4] == '-':
        if len(s) > 5 and s[5] == 'W':
            return 10 if len(s) > 8 and s[8] == '-' else 8
        return 10
    if len(s) > 4 and s[4] == 'W':
        # 'YYYYWww' may be followed by a weekday digit, then by any one
        # separator character (itself possibly a digit) and the clock, whose
        # fields come in digit pairs: the parity of the digit run after the
        # week number tells whether a weekday digit is there
        end = 7
        while end < len(s) and '0' <= s[end] <= '9':
            end += 1
        if end <= 8:
            return end
        return 8 if end & 1 else 7
    return 8


def _iso_date_part(s):
    # 'YYYY-MM-DD', 'YYYYMMDD', 'YYYY-Www[-D]', 'YYYYWww[D]' ->
    # (y, m, d), unchecked for calendar ranges except week dates; None if
    # the shape is wrong
    y = _digits(s, 0, 4)
    if y is None:
        return None
    rest = s[4:]
    dash = rest[:1] == '-'
    if dash:
        rest = rest[1:]
    if rest[:1] == 'W':
        week = _digits(rest, 1, 2)
        if week is None:
            return None
        tail = rest[3:]
        day = 1
        if tail:
            if dash:
                if tail[0] != '-' or len(tail) != 2:
                    return None
                tail = tail[1:]
            elif len(tail) != 1:
                return None
            day = _digits(tail, 0, 1)
            if day is None:
                return None
        if y < MINYEAR or y > MAXYEAR or day < 1 or day > 7 or week < 1:
            return None
        if week > (_iso_monday(y + 1) - _iso_monday(y)) // 7:
            return None
        n = _iso_monday(y) + (week - 1) * 7 + day - 1
        return _civil(n)
    if dash:
        if len(rest) != 5 or rest[2] != '-':
            return None
        m = _digits(rest, 0, 2)
        d = _digits(rest, 3, 2)
    else:
        if len(rest) != 4:
            return None
        m = _digits(rest, 0, 2)
        d = _digits(rest, 2, 2)
    if m is None or d is None:
        return None
    return y, m, d


def _iso_clock(s, before_zone):
    # 'HH[:MM[:SS[.fff...]]]' or 'HH[MM[SS[.fff...]]]' -> (h, m, s, us) or
    # None.  ',' also starts a fraction, which may follow any field.  When a
    # UTC offset follows (before_zone), CPython tolerates one stray ASCII
    # character after the last field and text after a 6-digit fraction;
    # we accept the same strings.
    h = _digits(s, 0, 2)
    if h is None:
        return None
    fields = [h, 0, 0]
    n = len(s)
    extended = n > 2 and s[2] == ':'
    i = 2
    count = 1
    in_fraction = False
    while i < n:
        c = s[i]
        i += 1
        if i == n and before_zone and c < '\x80':
            break
        if c in '.,' or (c == ':' and extended and count == 3):
            in_fraction = True
            break
        if count == 3:
            return None
        if extended:
            if c != ':':
                return None
        else:
            i -= 1
        v = _digits(s, i, 2)
        if v is None:
            return None
        fields[count] = v
        count += 1
        i += 2
    us = 0
    if in_fraction:
        want = min(n - i, 6)
        if want == 0:
            return None
        us = _digits(s, i, want)
        if us is None:
            return None
        us *= 10 ** (6 - want)
        i += want
        while i < n and '0' <= s[i] <= '9':
            i += 1
        if i < n and not before_zone:
            return None
    return fields[0], fields[1], fields[2], us


def _iso_time_part(s):
    # time of day plus optional 'Z' / '+HH[:MM[:SS[.ffffff]]]' offset ->
    # (h, m, s, us, tzinfo) or None
    cut = -1
    for k in range(len(s)):
        if s[k] in '+-Z':
            cut = k
            break
    zone = None
    if cut >= 0:
        body = s[:cut]
        mark = s[cut]
        if mark == 'Z':
            if cut != len(s) - 1:
                return None
            zone = _UTC
        else:
            parts = _iso_clock(s[cut + 1:], False)
            if parts is None:
                return None
            whole = parts[0] * 3600 + parts[1] * 60 + parts[2]
            if whole == 0:
                zone = _UTC
            else:
                us = whole * _US_PER_SEC + parts[3]
                zone = timezone(_duration(-us if mark == '-' else us))
    else:
        body = s
    clock = _iso_clock(body, zone is not None)
    if clock is None:
        return None
    return clock + (zone,)


# ---------------------------------------------------------------------------
# strptime: a small backtracking matcher over the format's directives.

# directive -> (min digits, max digits, lowest, highest) for numeric fields
_NUMERIC = {
    'd': (1, 2, 1, 31), 'm': (1, 2, 1, 12), 'H': (1, 2, 0, 23),
    'I': (1, 2, 1, 12), 'M': (1, 2, 0, 59), 'S': (1, 2, 0, 61),
    'f': (1, 6, 0, 999999), 'y': (2, 2, 0, 99), 'Y': (4, 4, 0, 9999),
    'j': (1, 3, 1, 366), 'U': (1, 2, 0, 53), 'W': (1, 2, 0, 53),
    'w': (1, 1, 0, 6), 'u': (1, 1, 1, 7), 'V': (1, 2, 1, 53),
    'G': (4, 4, 0, 9999),
}
# directive -> (names, how many distinct values); a name's value is its
# index modulo that count (full and abbreviated names share values)
_WORDS = {
    'a': (_DAY_FULL + _DAY_ABBR, 7), 'A': (_DAY_FULL + _DAY_ABBR, 7),
    'b': (_MON_FULL + _MON_ABBR, 12), 'B': (_MON_FULL + _MON_ABBR, 12),
    'p': (('AM', 'PM'), 2),
}
# the C locale's spellings of the locale-dependent directives
_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _pattern_tokens(fmt):
    # format -> list of ('lit', text) / ('space',) / ('dir', letter)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d == '%':
                out.append(('lit', '%'))
            elif d in _COMPOSITE:
                out.extend(_pattern_tokens(_COMPOSITE[d]))
            elif d in _NUMERIC or d in _WORDS or d in 'zZ':
                out.append(('dir', d))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'"
                                 % (d, fmt))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            out.append(('space',))
        else:
            out.append(('lit', c))
            i += 1
    return out


def _zone_choices(text, i):
    # candidate (end, value) pairs for a %z field at text[i:]
    if text[i:i + 1] == 'Z':
        return [(i + 1, 0)]
    sign = text[i:i + 1]
    if sign not in ('+', '-'):
        return []
    hh = _digits(text, i + 1, 2)
    if hh is None:
        return []
    j = i + 3
    colon = text[j:j + 1] == ':'
    if colon:
        j += 1
    mm = _digits(text, j, 2)
    if mm is None or mm > 59:
        return []
    j += 2
    total = (hh * 3600 + mm * 60) * _US_PER_SEC
    found = [(j, total)]
    # seconds are written in the style of the minutes: ':SS' after
    # '+HH:MM', 'SS' after '+HHMM'
    k = j
    if colon:
        k = j + 1 if text[j:j + 1] == ':' else -1
    if k >= 0:
        ss = _digits(text, k, 2)
        if ss is not None and ss <= 59:
            k += 2
            total2 = total + ss * _US_PER_SEC
            found.insert(0, (k, total2))
            if text[k:k + 1] == '.':
                e = k + 1
                while e < len(text) and e - k - 1 < 6 and \
                        '0' <= text[e] <= '9':
                    e += 1
                if e > k + 1:
                    frac = int((text[k + 1:e] + '00000')[:6])
                    found.insert(0, (e, total2 + frac))
    if sign == '-':
        found = [(e, -v) for e, v in found]
    return found


def _field_choices(tok, text, i):
    # candidate (end, value) pairs for one token at text[i:], best first
    kind = tok[0]
    if kind == 'lit':
        lit = tok[1]
        if text[i:i + len(lit)].lower() == lit.lower():
            return [(i + len(lit), None)]
        return []
    if kind == 'space':
        j = i
        while j < len(text) and text[j].isspace():
            j += 1
        return [(j, None)] if j > i else []
    d = tok[1]
    if d in _NUMERIC:
        lo_w, hi_w, lo, hi = _NUMERIC[d]
        start = i
        if d == 'd' and text[i:i + 1] == ' ':
            start = i + 1
            hi_w = 1
        found = []
        for w in range(hi_w, lo_w - 1, -1):
            v = _digits(text, start, w)
            if v is not None and lo <= v <= hi:
                if d == 'f':
                    v = int((text[start:start + w] + '00000')[:6])
                found.append((start + w, v))
        return found
    if d in _WORDS:
        low = text[i:].lower()
        found = []
        names, distinct = _WORDS[d]
        for idx in range(len(names)):
            nm = names[idx].lower()
            if low.startswith(nm):
                found.append((i + len(nm), idx % distinct))
        found.sort(key=lambda p: -p[0])
        return found
    if d == 'z':
        return _zone_choices(text, i)
    # %Z: a zone name from the C library's list, or UTC / GMT
    names = ['utc', 'gmt']
    for nm in getattr(_tm, 'tzname', ()):
        if nm:
            names.append(nm.lower())
    low = text[i:].lower()
    found = [(i + len(nm), text[i:i + len(nm)]) for nm in names
             if low.startswith(nm)]
    found.sort(key=lambda p: -p[0])
    return found


def _match_all(tokens, k, text, i, got):
    # depth-first search; returns the end position of a full match of
    # tokens[k:] (filling got) or -1
    if k == len(tokens):
        return i
    tok = tokens[k]
    for end, value in _field_choices(tok, text, i):
        if tok[0] == 'dir':
            had = got.get(tok[1], _NO_NAME)
            got[tok[1]] = value
        r = _match_all(tokens, k + 1, text, end, got)
        if r >= 0:
            return r
        if tok[0] == 'dir':
            if had is _NO_NAME:
                del got[tok[1]]
            else:
                got[tok[1]] = had
    return -1


def _strptime_fields(text, fmt):
    tokens = _pattern_tokens(fmt)
    got = {}
    # The whole text must be consumed; search for the longest prefix match
    # first, to tell "does not match" from "unconverted data remains".
    end = _match_all(tokens, 0, text, 0, got)
    if end < 0:
        raise ValueError('time data %r does not match format %r'
                         % (text, fmt))
    if end != len(text):
        raise ValueError('unconverted data remains: %s' % text[end:])
    year = got.get('Y')
    if year is None and 'y' in got:
        yy = got['y']
        year = yy + (2000 if yy < 69 else 1900)
    month = got.get('m', got.get('b', got.get('B')))
    if month is not None and ('m' not in got):
        month += 1
    day = got.get('d')
    hour = got.get('H', 0)
    if 'I' in got:
        hour = got['I'] % 12
        if got.get('p') == 1:
            hour += 12
    minute = got.get('M', 0)
    second = got.get('S', 0)
    us = got.get('f', 0)
    weekday = None
    if 'a' in got or 'A' in got:
        weekday = got.get('a', got.get('A'))
    elif 'w' in got:
        weekday = (got['w'] + 6) % 7
    elif 'u' in got:
        weekday = got['u'] - 1
    if 'G' in got and ('V' not in got or weekday is None):
        raise ValueError(
            "ISO year directive '%G' must be used with the ISO week "
            "directive '%V' and a weekday directive ('%A', '%a', '%w', or "
            "'%u').")
    if 'V' in got and ('G' not in got or weekday is None):
        raise ValueError(
            "ISO week directive '%V' must be used with the ISO year "
            "directive '%G' and a weekday directive ('%A', '%a', '%w', or "
            "'%u').")
    if year is None:
        year = 1900
    n = None                                    # ordinal, when derivable
    if 'j' in got:
        n = _day_number(year, 1, 1) + got['j'] - 1
    elif weekday is not None and ('U' in got or 'W' in got):
        first = _day_number(year, 1, 1)
        if 'U' in got:
            # Sunday-based weeks: renumber days so that Sunday is 0
            wk = got['U']
            lead = (first + 7) % 7
            wd = (weekday + 1) % 7
        else:
            wk = got['W']
            lead = (first + 6) % 7
            wd = weekday
        if wk == 0:
            n = first + wd - lead
        else:
            n = first + (7 - lead) % 7 + (wk - 1) * 7 + wd
    elif weekday is not None and 'G' in got:
        n = _iso_monday(got['G']) + (got['V'] - 1) * 7 + weekday
    if n is not None:
        year, month, day = _civil(n)
    if month is None:
        month = 1
    if day is None:
        day = 1
    zone = None
    if 'z' in got:
        off = _duration(got['z'])
        if got.get('Z'):
            zone = timezone(off, got['Z'])
        else:
            zone = timezone(off)
    return year, month, day, hour, minute, second, us, zone


# ---------------------------------------------------------------------------
# Class-level constants.

timedelta.min = _duration(-_TD_DAY_LIMIT * _US_PER_DAY)
timedelta.max = _duration((_TD_DAY_LIMIT + 1) * _US_PER_DAY - 1)
timedelta.resolution = _duration(1)
date.min = _plain_date(1, 1, 1)
date.max = _plain_date(9999, 12, 31)
date.resolution = _duration(_US_PER_DAY)
time.min = _time_of_kind(time, 0, 0, 0, 0, None, 0)
time.max = _time_of_kind(time, 23, 59, 59, 999999, None, 0)
time.resolution = _duration(1)
datetime.min = _dt_of_kind(datetime, 1, 1, 1, 0, 0, 0, 0, None)
datetime.max = _dt_of_kind(datetime, 9999, 12, 31, 23, 59, 59, 999999, None)
datetime.resolution = _duration(1)
