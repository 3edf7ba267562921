# string: character-class constants, capwords, Template and Formatter (a
# small rewrite of the documented behaviour of CPython's module).

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

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


# ---- Formatter -------------------------------------------------------------
# The str.format() machinery as overridable methods. parse() and the field
# name splitting follow the grammar of the built-in format(), including its
# error messages.

_DECIMALS = '0123456789'


def _index_or_name(text):
    # "12" -> 12; anything else stays text
    if text and all(c in _DECIMALS for c in text):
        return int(text)
    return text


def _scan_field(s, pos):
    # Reads one replacement field; pos is just after its '{'. Returns
    # (field_name, format_spec, conversion, position after the field).
    n = len(s)
    begin = pos
    stop = ''
    while pos < n:
        c = s[pos]
        pos += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            close = s.find(']', pos)
            pos = n if close < 0 else close
            stop = ''
            continue
        if c in '}:!':
            stop = c
            break
        stop = ''
    else:
        raise ValueError("expected '}' before end of string")
    name = s[begin:pos - 1]
    if stop == '}':
        return name, '', None, pos
    conversion = None
    if stop == '!':
        if pos >= n:
            raise ValueError("end of string while looking for conversion "
                             "specifier")
        conversion = s[pos]
        pos += 1
        if pos < n:
            c = s[pos]
            pos += 1
            if c == '}':
                return name, '', conversion, pos
            if c != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = pos
    depth = 1
    while pos < n:
        c = s[pos]
        pos += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return name, s[spec_start:pos - 1], conversion, pos
    raise ValueError("unmatched '{' in format spec")


def _parse_format(s):
    n = len(s)
    pos = 0
    while pos < n:
        brace = pos
        while brace < n and s[brace] not in '{}':
            brace += 1
        if brace >= n:
            yield s[pos:], None, None, None
            return
        c = s[brace]
        doubled = brace + 1 < n and s[brace + 1] == c
        if c == '}' and not doubled:
            raise ValueError("Single '}' encountered in format string")
        if c == '{' and brace + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        if doubled:
            # an escaped brace ends the literal piece, brace included
            yield s[pos:brace + 1], None, None, None
            pos = brace + 2
            continue
        literal = s[pos:brace]
        name, spec, conversion, pos = _scan_field(s, brace + 1)
        yield literal, name, spec, conversion


def _split_field_name(name):
    # Returns (first part, generator of (is_attribute, key)); errors in the
    # accessor part surface while iterating, as in CPython.
    cut = len(name)
    for mark in '.[':
        k = name.find(mark)
        if 0 <= k < cut:
            cut = k
    return _index_or_name(name[:cut]), _field_accessors(name, cut)


def _field_accessors(name, pos):
    n = len(name)
    while pos < n:
        kind = name[pos]
        pos += 1
        if kind == '.':
            end = pos
            while end < n and name[end] not in '.[':
                end += 1
            key = name[pos:end]
            pos = end
            is_attr = True
        elif kind == '[':
            end = name.find(']', pos)
            if end < 0:
                raise ValueError("Missing ']' in format string")
            key = name[pos:end]
            pos = end + 1
            is_attr = False
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field "
                             "specifier")
        if not key:
            raise ValueError("Empty attribute in format string")
        yield is_attr, (key if is_attr else _index_or_name(key))


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._expand(format_string, args, kwargs, used, 2, 0)
        self.check_unused_args(used, args, kwargs)
        return text

    def _expand(self, template, args, kwargs, used, depth_left, next_auto):
        # next_auto is the next automatic field number, or False once a
        # field was numbered by hand (the two styles cannot be mixed).
        if depth_left < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, name, spec, conversion in self.parse(template):
            if literal:
                pieces.append(literal)
            if name is None:
                continue
            if name == '':
                if next_auto is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                name = str(next_auto)
                next_auto += 1
            elif name.isdigit():
                if next_auto:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                next_auto = False
            value, key = self.get_field(name, args, kwargs)
            used.add(key)
            value = self.convert_field(value, conversion)
            spec, next_auto = self._expand(spec, args, kwargs, used,
                                           depth_left - 1, next_auto)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), next_auto

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier %s" % (conversion,))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, accessors = _split_field_name(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attr, key in accessors:
            value = getattr(value, key) if is_attr else value[key]
        return value, first
