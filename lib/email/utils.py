# email.utils: dates (RFC 5322 format and a lenient parser), addresses
# (parse and format), message ids, quoting and RFC 2231 parameter values.
# Address parsing gives CPython's results, for malformed lists too.
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
    if f[0].endswith(',') or f[0].title() in _days:
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

_SPECIALS = '()<>@,:;."[]'
_ATOM_END = _SPECIALS + ' \t\r\n'
_PHRASE_END = _ATOM_END.replace('.', '')


class _Addrs:
    # Reads an address list one character at a time with the results of
    # CPython's parser, oddities included: each address it cannot read
    # gives ('', ''), comments gather into the name (twice over when a
    # phrase turns out to be an addr-spec and is read again), and an empty
    # or doubly '@' domain empties the address.
    def __init__(self, s):
        self.s = s
        self.i = 0
        self.out = []
        while self.i < len(s):
            self.out += self.address() or [('', '')]

    def at(self, chars):
        return self.i < len(self.s) and self.s[self.i] in chars

    def skip(self):
        # blanks, line breaks and comments; returns the blanks passed
        ws = ''
        while self.at(' \t\r\n('):
            c = self.s[self.i]
            if c == '(':
                self.notes.append(self.delim(')\r', True))
            else:
                ws += c if c in ' \t' else ''
                self.i += 1
        return ws

    def delim(self, ends, nested=False):
        # the text of the quoted string, comment or domain literal opening
        # at i, backslash escapes undone, up to the first of ends
        out = ''
        self.i += 1
        while self.i < len(self.s):
            c = self.s[self.i]
            if c in ends:
                self.i += 1
                break
            if nested and c == '(':
                out += self.delim(ends, True)
                continue
            if c == '\\':
                self.i += 1
                c = self.s[self.i:self.i + 1]
            out += c
            self.i += 1
        return out

    def atom(self, ends):
        j = self.i
        while self.i < len(self.s) and self.s[self.i] not in ends:
            self.i += 1
        return self.s[j:self.i]

    def phrase(self):
        words = []
        while self.i < len(self.s):
            c = self.s[self.i]
            if c in ' \t\r\n':
                self.i += 1
            elif c == '"':
                words.append(self.delim('"\r'))
            elif c == '(':
                self.notes.append(self.delim(')\r', True))
            elif c in _PHRASE_END:
                break
            else:
                words.append(self.atom(_PHRASE_END))
        return words

    def address(self):
        self.notes = []
        self.skip()
        start = self.i
        words = self.phrase()
        self.skip()
        got = []
        c = self.s[self.i:self.i + 1]
        if c and c in '.@':
            # it was an addr-spec: read again from the start
            self.i = start
            spec = self.spec()
            got = [(' '.join(self.notes), spec)]
        elif c == ':':
            # a group: its addresses up to ';' (none of them is ('', ''))
            self.i += 1
            while self.i < len(self.s):
                self.skip()
                if self.at(';'):
                    self.i += 1
                    break
                got += self.address()
        elif c == '<':
            spec = self.route()
            name = ' '.join(words)
            if self.notes:
                name += ' (%s)' % ' '.join(self.notes)
            got = [(name, spec)]
        elif words:
            got = [(' '.join(self.notes), words[0])]
        elif c:
            # a stray special character: skipped, and this address is empty
            self.i += 1
        self.skip()
        if self.at(','):
            self.i += 1
        return got

    def route(self):
        # '<' [obsolete source route ':'] addr-spec '>'; one character after
        # the addr-spec is taken as the '>' whatever it is
        self.i += 1
        self.skip()
        spec = ''
        hop = False
        while self.i < len(self.s):
            c = self.s[self.i]
            if hop:
                self.domain()
                hop = False
            elif c == '>':
                self.i += 1
                break
            elif c in '@:':
                hop = c == '@'
                self.i += 1
            else:
                spec = self.spec()
                self.i += 1
                break
            self.skip()
        return spec

    def spec(self):
        parts = []
        self.skip()
        while self.i < len(self.s):
            c = self.s[self.i]
            if c == '"':
                parts.append('"%s"' % quote(self.delim('"\r')))
            elif c in _ATOM_END:
                if parts and not parts[-1].strip():
                    parts.pop()
                if c != '.':
                    break
                parts.append('.')
                self.i += 1
                self.skip()
                continue
            else:
                parts.append(self.atom(_ATOM_END))
            ws = self.skip()
            if ws:
                parts.append(ws)
        if not self.at('@'):
            return ''.join(parts)
        self.i += 1
        self.skip()
        dom = self.domain()
        return ''.join(parts) + '@' + dom if dom else ''

    def domain(self):
        out = ''
        while self.i < len(self.s):
            c = self.s[self.i]
            if c in ' \t':
                self.i += 1
            elif c == '(':
                self.notes.append(self.delim(')\r', True))
            elif c == '[':
                out += '[%s]' % self.delim(']\r')
            elif c == '.':
                out += c
                self.i += 1
            elif c == '@':
                # two '@' (a@evil@good) would hide the real domain
                return ''
            elif c in _ATOM_END:
                break
            else:
                out += self.atom(_ATOM_END)
        return out


def parseaddr(addr):
    a = _Addrs(addr or '').out
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
    # RFC 2231: name*=charset'lang'%xx values become (charset, lang, text)
    # tuples, and the pieces of a long value (name*0, name*1*, ...) are
    # joined in number order first; such names follow the plain ones.
    out = [params[0]]
    pieces = {}
    for name, value in params[1:]:
        value = unquote(value)
        base, star, num = name.partition('*')
        num = num[:-1] if num.endswith('*') else num
        # CPython's pattern: ASCII word characters, '*', [digits ['*']]
        if (star and base.isascii() and base.replace('_', 'a').isalnum()
                and (num.isdigit() and num.isascii() or name == base + '*')):
            pieces.setdefault(base, []).append((int(num) if num else None, value, name[-1] == '*'))
        else:
            out.append((name, '"%s"' % quote(value)))
    for name, parts in pieces.items():
        parts.sort()
        text = ''
        extended = False
        for num, value, encoded in parts:
            if encoded:
                from urllib.parse import unquote as pct
                value = pct(value, encoding='latin-1')
                extended = True
            text += value
        text = quote(text)
        if extended:
            cs, lang, text = decode_rfc2231(text)
            text = (cs, lang, '"%s"' % text)
        else:
            text = '"%s"' % text
        out.append((name, text))
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
