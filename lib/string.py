# string: character-class constants, capwords, Template and Formatter (a
# small rewrite of the documented behaviour of CPython's module).

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']
import re as _re

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


class Template:
    # $name, ${name} and $$ (an escaped delimiter). Subclasses may change
    # delimiter, idpattern, braceidpattern and flags, or give a whole
    # `pattern` with the groups escaped/named/braced/invalid; the class's
    # regular expression is rebuilt for every subclass.
    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        _template_regex(cls)

    def __init__(self, template):
        self.template = template

    def _invalid(self, pos):
        # pos is where the invalid group starts (just after the delimiter
        # for the default pattern); the column counts up to it
        lines = self.template[:pos].splitlines(True) or ['x']
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (len(lines), len(lines[-1])))

    def _bad_pattern(self):
        raise ValueError('Unrecognized named group in pattern', self.pattern)

    def _expand(self, mapping, keep_missing):
        def one(m):
            key = m.group('named')
            if key is None:
                key = m.group('braced')
            if key is not None:
                if not keep_missing:
                    return str(mapping[key])
                try:
                    return str(mapping[key])
                except KeyError:
                    return m.group()
            if m.group('escaped') is not None:
                return self.delimiter
            if m.group('invalid') is not None:
                if keep_missing:
                    return m.group()
                self._invalid(m.start('invalid'))
            self._bad_pattern()
        return self.pattern.sub(one, self.template)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        return self._expand(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        return self._expand(mapping, True)

    def get_identifiers(self):
        found = []
        for m in self.pattern.finditer(self.template):
            key = m.group('named')
            if key is None:
                key = m.group('braced')
            if key is not None:
                if key not in found:
                    found.append(key)
            elif m.group('escaped') is None and m.group('invalid') is None:
                self._bad_pattern()
        return found

    def is_valid(self):
        for m in self.pattern.finditer(self.template):
            if m.group('invalid') is not None:
                return False
            if (m.group('escaped') is None and m.group('named') is None
                    and m.group('braced') is None):
                self._bad_pattern()
        return True


def _template_regex(cls):
    # A class that spells out `pattern` keeps it (compiled); otherwise the
    # four alternatives are assembled from the delimiter and identifiers.
    if 'pattern' in cls.__dict__:
        text = cls.pattern
    else:
        d = _re.escape(cls.delimiter)
        inner = cls.braceidpattern or cls.idpattern
        text = (d + '(?:(?P<escaped>' + d + ')|(?P<named>' + cls.idpattern
                + ')|{(?P<braced>' + inner + ')}|(?P<invalid>))')
    cls.pattern = _re.compile(text, cls.flags | _re.VERBOSE)


_template_regex(Template)


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
        used_args = set()
        text, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        # auto_arg_index is the next automatic field number, or False once a
        # field was numbered by hand (the two styles cannot be mixed).
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if name is None:
                continue
            if name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                name = str(auto_arg_index)
                auto_arg_index += 1
            elif name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            value, key = self.get_field(name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 recursion_depth - 1, auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), auto_arg_index

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
