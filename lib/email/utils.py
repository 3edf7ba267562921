# email.utils: dates (RFC 5322 format and a lenient parser), addresses
# (parse and format), message ids, quoting and RFC 2231 parameter values.
# Address parsing follows CPython's results for the usual forms (names,
# quoted names, comments, angle addresses, groups), not every oddity.
import re
import time

_days = 'Mon Tue Wed Thu Fri Sat Sun'.split()
_months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()
_mnames = [m.lower() for m in _months] + ['january', 'february', 'march', 'april', 'may', 'june', 'july',
                                          'august', 'september', 'october', 'november', 'december']
_zones = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0, 'AST': -400, 'ADT': -300, 'EST': -500, 'EDT': -400,
          'CST': -600, 'CDT': -500, 'MST': -700, 'MDT': -600, 'PST': -800, 'PDT': -700}
COMMASPACE = ', '
EMPTYSTRING = ''
UEMPTYSTRING = ''
CRLF = '\r\n'
TICK = "'"


def quote(str):
    return str.replace('\\', '\\\\').replace('"', '\\"')


def unquote(str):
    if len(str) > 1:
        if str[0] == '"' and str[-1] == '"':
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str[0] == '<' and str[-1] == '>':
            return str[1:-1]
    return str


# Dates.

def _fmt(t, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (_days[t[6]], t[2], _months[t[1] - 1], t[0], t[3], t[4], t[5], zone)


def format_datetime(dt, usegmt=False):
    if usegmt:
        import datetime
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError('usegmt option requires a UTC datetime')
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        off = dt.utcoffset()
        m = off.days * 1440 + off.seconds // 60
        zone = '%s%02d%02d' % ('-' if m < 0 else '+', abs(m) // 60, abs(m) % 60)
    return _fmt(dt.timetuple(), zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    if timeval is None:
        timeval = time.time()
    if localtime:
        import datetime
        return format_datetime(datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc).astimezone())
    return _fmt(time.gmtime(timeval), 'GMT' if usegmt else '-0000')


def localtime(dt=None, isdst=-1):
    import datetime
    if dt is None:
        dt = datetime.datetime.now(datetime.timezone.utc)
    elif dt.tzinfo is None:
        dt = datetime.datetime.fromtimestamp(time.mktime(dt.timetuple()[:8] + (isdst,)))
    return dt.astimezone()


def _parsedate_tz(data):
    # Fields: [day-name,] dd mon yy hh:mm[:ss] [zone]; day and month may be
    # swapped, the year and time too, and "dd-mon-yy" is the RFC 850 form.
    if not data:
        return None
    f = data.split()
    if not f:
        return None
    if f[0].endswith(',') or f[0].lower()[:3] in [d.lower() for d in _days] and len(f[0]) > 2 and not f[0][0].isdigit():
        del f[0]
    else:
        f[0] = f[0][f[0].rfind(',') + 1:]
    if len(f) == 3:
        d = f[0].split('-')
        if len(d) == 3:
            f = d + f[1:]
    if len(f) == 4:
        s = f[3]
        i = s.find('+')
        if i < 0:
            i = s.find('-')
        f[3:] = [s[:i], s[i:]] if i > 0 else [s, '']
    if len(f) < 5:
        return None
    dd, mm, yy, tm, tz = f[:5]
    if not (dd and mm and yy):
        return None
    mm = mm.lower()
    if mm not in _mnames:
        dd, mm = mm, dd.lower()
        if mm not in _mnames:
            return None
    mm = _mnames.index(mm) % 12 + 1
    dd = dd.rstrip(',')
    if yy.find(':') > 0:
        yy, tm = tm, yy
    if yy[-1] == ',':
        yy = yy[:-1]
        if not yy:
            return None
    if not yy[0].isdigit():
        yy, tz = tz, yy
    tm = tm.rstrip(',')
    tm = tm.split(':') if ':' in tm or '.' not in tm else tm.split('.')
    if len(tm) == 2:
        tm.append('0')
    if len(tm) != 3:
        return None
    try:
        yy, dd, h, m, s = int(yy), int(dd), int(tm[0]), int(tm[1]), int(tm[2])
    except ValueError:
        return None
    if yy < 100:
        yy += 1900 if yy > 68 else 2000
    tz = tz.upper()
    off = _zones.get(tz)
    if off is None:
        try:
            off = int(tz)
        except ValueError:
            pass
        if off == 0 and tz.startswith('-'):
            off = None
    if off:
        off = (-1 if off < 0 else 1) * (abs(off) // 100 * 3600 + abs(off) % 100 * 60)
    return [yy, mm, dd, h, m, s, 0, 1, -1, off]


def parsedate_tz(data):
    t = _parsedate_tz(data)
    if t is None:
        return t
    if t[9] is None:
        t[9] = 0
    return tuple(t)


def parsedate(data):
    t = _parsedate_tz(data)
    return tuple(t[:9]) if isinstance(t, list) else t


def mktime_tz(data):
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    import calendar
    return calendar.timegm(data) - data[9]


def parsedate_to_datetime(data):
    import datetime
    t = _parsedate_tz(data)
    if t is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    dt = datetime.datetime(*t[:6])
    if t[9] is None:
        return dt
    return dt.replace(tzinfo=datetime.timezone(datetime.timedelta(seconds=t[9])))


# Addresses.

def _tokens(s):
    # (kind, text, whitespace before): kind 'a' atom (dots included), 'q'
    # quoted string (unescaped), 'c' comment, or the special character.
    out = []
    for m in re.finditer(r'"(\\.|[^"\\])*"?|\((\\.|[^)\\])*\)?|\[[^]]*\]?|[<>@,:;]|[^\s()<>@,:;"[\]]+', s):
        t, i = m.group(0), m.start(0)
        k = t[0] if t[0] in '"(<>@,:;' else 'a'
        if k in '"(':
            t = re.sub(r'\\(.)', r'\1', t[1:-1] if t[-1] == ')"'[k == '"'] and len(t) > 1 else t[1:])
            k = 'q' if k == '"' else 'c'
        out.append((k, t, i > 0 and s[i - 1] in ' \t\r\n'))
    return out


class _Addrs:
    def __init__(self, s):
        self.t = _tokens(s)
        self.p = 0
        self.out = []
        while self.p < len(self.t):
            self.address()

    def kind(self):
        return self.t[self.p][0] if self.p < len(self.t) else ''

    def spec(self, comments):
        local, dom, part = [], [], None
        part = local
        while self.p < len(self.t):
            k, v, ws = self.t[self.p]
            if k == 'c':
                comments.append(v)
            elif k == '@':
                if part is dom:
                    return ''
                part = dom
            elif k == 'a' or k == 'q':
                if k == 'q':
                    v = '"%s"' % quote(v)
                if part and ws and part is local and not (part[-1].endswith('.') or v.startswith('.')):
                    part.append(' ')
                part.append(v)
            else:
                break
            self.p += 1
        s = ''.join(local)
        if part is dom:
            s += '@' + ''.join(dom)
        return s

    def address(self):
        start, words, comments = self.p, [], []
        while self.kind() in ('a', 'q', 'c'):
            k, v, ws = self.t[self.p]
            (comments if k == 'c' else words).append(v)
            self.p += 1
        k = self.kind()
        if k == '@':
            self.p = start
            comments = []
            a = self.spec(comments)
            self.out.append((' '.join(comments), a))
        elif k == ':':
            self.p += 1
            while self.p < len(self.t) and self.kind() != ';':
                self.address()
            self.p += 1
        elif k == '<':
            self.p += 1
            if self.kind() == '@':
                while self.kind() not in (':', '>', ''):
                    self.p += 1
                if self.kind() == ':':
                    self.p += 1
            a = self.spec([])
            if self.kind() == '>':
                self.p += 1
            name = ' '.join(words)
            if comments:
                name += ' (' + ' '.join(comments) + ')'
            self.out.append((name, a))
            while self.kind() == 'c':
                self.p += 1
        elif words:
            self.out.append((' '.join(comments), words[0]))
        elif k:
            self.p += 1
        if self.kind() == ',':
            self.p += 1


def parseaddr(addr):
    a = _Addrs(str(addr)).out
    return a[0] if a else ('', '')


def getaddresses(fieldvalues):
    return _Addrs(COMMASPACE.join(str(v) for v in fieldvalues)).out


def formataddr(pair, charset='utf-8'):
    name, address = pair
    address.encode('ascii')
    if not name:
        return address
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        if isinstance(charset, str):
            from email.charset import Charset
            charset = Charset(charset)
        return '%s <%s>' % (charset.header_encode(name), address)
    q = ''
    for c in '[]\\()<>@,:;".':
        if c in name:
            q = '"'
            name = name.replace('\\', '\\\\').replace('"', '\\"')
            break
    return '%s%s%s <%s>' % (q, name, q, address)


def make_msgid(idstring=None, domain=None):
    import os, random
    if domain is None:
        import socket
        domain = socket.getfqdn()
    return '<%d.%d.%d%s@%s>' % (int(time.time() * 100), os.getpid(), random.getrandbits(64),
                                 '' if idstring is None else '.' + idstring, domain)


# RFC 2231 parameter values: charset'language'percent-encoded.

def decode_rfc2231(s):
    parts = s.split(TICK, 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    from urllib.parse import quote as q
    s = q(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return s
    return "%s'%s'%s" % (charset, language or '', s)


def decode_params(params):
    # name*=charset'lang'%xx values become (charset, lang, text) tuples;
    # continuations (name*0, name*1...) are not joined.
    out = [params[0]]
    for name, value in params[1:]:
        value = unquote(value)
        if name.endswith('*'):
            from urllib.parse import unquote as pct
            cs, lang, value = decode_rfc2231(value)
            out.append((name[:-1], (cs, lang, '"%s"' % quote(pct(value, encoding='latin-1')))))
        else:
            out.append((name, '"%s"' % quote(value)))
    return out


def collapse_rfc2231_value(value, errors='replace', fallback_charset='us-ascii'):
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, language, text = value
    if charset is None:
        charset = fallback_charset
    raw = text.encode('latin-1')
    try:
        return str(raw, charset, errors)
    except LookupError:
        return unquote(text)
