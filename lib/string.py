# string: character-class constants, capwords and Template (a small rewrite
# of the documented behaviour of CPython's module).

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join([w.capitalize() for w in s.split(sep)])


_ident_start = '_' + ascii_letters
_ident_rest = _ident_start + digits


class Template:
    # $name, ${name} and $$ (an escaped delimiter). Placeholders are found by
    # a small scanner rather than a regular expression.
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, handle_named, handle_invalid):
        s = self.template
        delim = self.delimiter
        dlen = len(delim)
        out = []
        i = 0
        n = len(s)
        while True:
            j = s.find(delim, i)
            if j < 0:
                out.append(s[i:])
                return ''.join(out)
            out.append(s[i:j])
            k = j + dlen
            if s.startswith(delim, k):
                out.append(delim)
                i = k + dlen
                continue
            braced = k < n and s[k] == '{'
            start = k + 1 if braced else k
            e = start
            if e < n and s[e] in _ident_start:
                e += 1
                while e < n and s[e] in _ident_rest:
                    e += 1
            name = s[start:e]
            if name and braced:
                if e < n and s[e] == '}':
                    e += 1
                else:
                    name = ''
            if name:
                out.append(handle_named(name, s[j:e]))
                i = e
            else:
                out.append(handle_invalid(j))
                i = k

    def _invalid(self, pos):
        lines = self.template[:pos].split('\n')
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (len(lines), len(lines[-1]) + 1))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)

        def named(name, text):
            return str(mapping[name])
        return self._scan(named, self._invalid)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)

        def named(name, text):
            try:
                return str(mapping[name])
            except KeyError:
                return text
        return self._scan(named, lambda pos: self.delimiter)

    def get_identifiers(self):
        ids = []

        def named(name, text):
            if name not in ids:
                ids.append(name)
            return ''
        self._scan(named, self._invalid)
        return ids

    def is_valid(self):
        try:
            self._scan(lambda name, text: '', self._invalid)
        except ValueError:
            return False
        return True


class _Chain:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]
