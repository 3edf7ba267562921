# http.cookies: BaseCookie/SimpleCookie read Cookie / Set-Cookie header
# values into Morsels (one per name, with its attributes) and write them back.
import re

# Characters of a legal cookie name (RFC 2109 token); the parser also accepts
# a few more in names (then rejected by Morsel.set) and [] in values.
_LEGAL = r"\w!#$%&'*+\-.^`|~:"
_legal = re.compile('[%s]+' % _LEGAL, re.ASCII).fullmatch
_K = _LEGAL + r'<>@,/(){}?='
_PAIR = re.compile(r'\s*([%s]+?)(?:\s*=\s*("(?:[^"\\]|\\.)*"|\w{3},\s[\w\s-]{9,11}\s[\d:]{8}\sGMT'
                   r'|[%s\[\]]*))?\s*(?:\s+|;|$)' % (_K, _K), re.ASCII)


class CookieError(Exception):
    pass


def _quote(s):
    # Quoted with \" \\ and octal escapes for ; , controls and Latin-1.
    if s is None or _legal(s):
        return s
    return '"' + re.sub(r'[\x00-\x1f",;\\\x7f-\xff]', lambda m: '\\' + m.group()
                        if m.group() in '"\\' else '\\%03o' % ord(m.group()), s) + '"'


def _unquote(s):
    if s is None or len(s) < 2 or s[0] != '"' or s[-1] != '"':
        return s
    return re.sub(r'\\(?:([0-3][0-7][0-7])|(.))',
                  lambda m: chr(int(m.group(1), 8)) if m.group(1) else m.group(2), s[1:-1])


def _getdate(future=0):
    from time import gmtime, time
    t = gmtime(time() + future)
    return '%s, %02d %s %4d %02d:%02d:%02d GMT' % (
        'MonTueWedThuFriSatSun'[3 * t[6]:][:3], t[2],
        'JanFebMarAprMayJunJulAugSepOctNovDec'[3 * t[1] - 3:][:3], t[0], t[3], t[4], t[5])


def _ro(n):
    return property(lambda s: s.__dict__[n])


class Morsel(dict):
    _reserved = {'expires': 'expires', 'path': 'Path', 'comment': 'Comment', 'domain': 'Domain',
                 'max-age': 'Max-Age', 'secure': 'Secure', 'httponly': 'HttpOnly',
                 'version': 'Version', 'samesite': 'SameSite'}
    _flags = {'secure', 'httponly'}
    # read-only; set() changes them (kept in __dict__ so pickles match CPython's)
    key = _ro('key')
    value = _ro('value')
    coded_value = _ro('coded_value')

    def __init__(self):
        self.__dict__.update(key=None, value=None, coded_value=None)
        dict.update(self, dict.fromkeys(self._reserved, ''))

    def _chk(self, k):
        k = k.lower()
        if k not in self._reserved:
            raise CookieError('Invalid attribute %r' % k)
        return k

    def __setitem__(self, k, v):
        dict.__setitem__(self, self._chk(k), v)

    def setdefault(self, k, v=None):
        return dict.setdefault(self, self._chk(k), v)

    def update(self, values):
        dict.update(self, {self._chk(k): v for k, v in dict(values).items()})

    def isReservedKey(self, k):
        return k.lower() in self._reserved

    def __eq__(self, o):
        if not isinstance(o, Morsel):
            return NotImplemented
        return dict.__eq__(self, o) and self.__dict__ == o.__dict__

    __ne__ = object.__ne__  # not dict's, which ignores key/value

    def copy(self):
        m = Morsel()
        dict.update(m, self)
        m.__dict__.update(self.__dict__)
        return m

    def set(self, key, val, coded_val):
        if key.lower() in self._reserved:
            raise CookieError('Attempt to set a reserved key %r' % key)
        if not _legal(key):
            raise CookieError('Illegal key %r' % key)
        self.__dict__.update(key=key, value=val, coded_value=coded_val)

    def OutputString(self, attrs=None):
        out = ['%s=%s' % (self.key, self.coded_value)]
        attrs = self._reserved if attrs is None else attrs
        for k, v in sorted(self.items()):
            if v == '' or k not in attrs:
                continue
            n = self._reserved[k]
            if k in self._flags:
                if v:
                    out.append(n)
                continue
            if isinstance(v, int):
                v = _getdate(v) if k == 'expires' else '%d' % v if k == 'max-age' else v
            elif k == 'comment' and isinstance(v, str):
                v = _quote(v)
            out.append('%s=%s' % (n, v))
        return '; '.join(out)

    def output(self, attrs=None, header='Set-Cookie:'):
        return header + ' ' + self.OutputString(attrs)

    __str__ = output

    def __repr__(self):
        return '<%s: %s>' % (type(self).__name__, self.OutputString())

    def js_output(self, attrs=None):
        return ('\n        <script type="text/javascript">\n        <!-- begin hiding\n'
                '        document.cookie = "%s";\n        // end hiding -->\n        </script>\n'
                '        ' % self.OutputString(attrs).replace('"', '\\"'))


class BaseCookie(dict):
    def value_decode(self, val):
        return val, val

    def value_encode(self, val):
        val = str(val)
        return val, val

    def __init__(self, input=None):
        if input:
            self.load(input)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            self._set(key, *self.value_encode(value))

    def _set(self, key, rval, cval):
        m = self.get(key, Morsel())
        m.set(key, rval, cval)
        dict.__setitem__(self, key, m)

    def output(self, attrs=None, header='Set-Cookie:', sep='\r\n'):
        return sep.join(v.output(attrs, header) for k, v in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        return '<%s: %s>' % (type(self).__name__,
                             ' '.join('%s=%r' % (k, v.value) for k, v in sorted(self.items())))

    def js_output(self, attrs=None):
        return ''.join(v.js_output(attrs) for k, v in sorted(self.items()))

    def load(self, rawdata):
        if not isinstance(rawdata, str):
            for k, v in rawdata.items():
                self[k] = v
            return
        # All or nothing, as CPython: an attribute before any cookie, a name
        # without value (other than a flag) or no cookie at all drops the header.
        todo = []
        i = 0
        while i < len(rawdata):
            m = _PAIR.match(rawdata, i)
            if not m:
                break
            i = m.end()
            key, val = m.group(1), m.group(2)
            low = key.lower()
            if key[0] == '$':
                if todo:
                    todo.append((key[1:], val))
            elif low in Morsel._reserved:
                if not todo or (val is None and low not in Morsel._flags):
                    return
                todo.append((key, True if val is None else _unquote(val)))
            elif val is None:
                return
            else:
                todo.append((key, self.value_decode(val), 0))
        for t in todo:
            if len(t) > 2:
                self._set(t[0], *t[1])
                morsel = self[t[0]]
            else:
                morsel[t[0]] = t[1]


class SimpleCookie(BaseCookie):
    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        val = str(val)
        return val, _quote(val)
