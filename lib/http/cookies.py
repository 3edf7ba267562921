# http.cookies: SimpleCookie reads Cookie / Set-Cookie header values into
# Morsels (one per name, with its attributes) and writes them back.
import re

_NAMES = {'comment': 'Comment', 'domain': 'Domain', 'expires': 'expires', 'httponly': 'HttpOnly',
          'max-age': 'Max-Age', 'path': 'Path', 'samesite': 'SameSite', 'secure': 'Secure',
          'version': 'Version'}
_PAIR = re.compile(r'\s*([^\s;,=]+)\s*(=\s*("(?:[^"\\]|\\.)*"|[^;]*))?\s*;?')


class CookieError(Exception):
    pass


class Morsel(dict):
    def __init__(self):
        self.key = self.value = self.coded_value = None
        dict.__init__(self, dict.fromkeys(_NAMES, ''))

    def __setitem__(self, k, v):
        k = k.lower()
        if k not in _NAMES:
            raise CookieError('Invalid attribute %r' % k)
        dict.__setitem__(self, k, v)

    def set(self, key, val, coded_val):
        self.key, self.value, self.coded_value = key, val, coded_val

    def OutputString(self, attrs=None):
        out = ['%s=%s' % (self.key, self.coded_value)]
        for k in sorted(_NAMES):
            v = self[k]
            if v and (attrs is None or k in attrs):
                out.append(_NAMES[k] if v is True else '%s=%s' % (_NAMES[k], v))
        return '; '.join(out)

    def output(self, attrs=None, header='Set-Cookie:'):
        return header + ' ' + self.OutputString(attrs)

    __str__ = output

    def __repr__(self):
        return '<Morsel: %s>' % self.OutputString()


class SimpleCookie(dict):
    def __init__(self, input=None):
        if input:
            self.load(input)

    def value_decode(self, val):
        if val[:1] == '"' == val[-1:] and len(val) > 1:
            return re.sub(r'\\(.)', lambda m: m.group(1), val[1:-1]), val
        return val, val

    def value_encode(self, val):
        val = str(val)
        if re.match(r"[\w!#$%&'*+.^`|~:-]+$", val):
            return val, val
        return val, '"' + val.replace('\\', '\\\\').replace('"', '\\"') + '"'

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            self._set(key, *self.value_encode(value))

    def _set(self, key, rval, cval):
        m = self.get(key) or Morsel()
        m.set(key, rval, cval)
        dict.__setitem__(self, key, m)

    def output(self, attrs=None, header='Set-Cookie:', sep='\r\n'):
        return sep.join(self[k].output(attrs, header) for k in sorted(self))

    __str__ = output

    def load(self, rawdata):
        if not isinstance(rawdata, str):
            for k in rawdata:
                self[k] = rawdata[k]
            return
        # All or nothing, as CPython: an attribute before any cookie or a
        # valueless attribute other than a flag drops the whole header.
        todo = []
        for m in _PAIR.finditer(rawdata):
            key, val = m.group(1), m.group(3)
            low = key.lower()
            if key[0] == '$':
                if todo:
                    todo.append((key[1:], val))
            elif low in _NAMES:
                if not todo or (val is None and low not in ('secure', 'httponly')):
                    return
                todo.append((low, True if val is None else self.value_decode(val)[0]))
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


BaseCookie = SimpleCookie
