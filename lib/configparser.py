# configparser: INI-style configuration files ([section] headers, then
# "name = value" lines; indented lines continue a value). Written for this
# interpreter; the behaviour and messages follow CPython's module.
import re
import sys
from collections.abc import MutableMapping

DEFAULTSECT = 'DEFAULT'
MAX_INTERPOLATION_DEPTH = 10


class Error(Exception):
    # str() and repr() show .message, which ParsingError keeps extending
    def __init__(self, msg='', *args):
        self.message = msg
        Exception.__init__(self, msg)
        if args:
            self.args = args

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,), section)
        self.section = section


def _dup(kind, what, source, lineno):
    # "Section 'a' already exists" or, when reading a source,
    # "While reading from 'f' [line  3]: section 'a' already exists"
    if not source:
        return kind.capitalize() + what
    if lineno is not None:
        source = '%r [line %2d]' % (source, lineno)
    else:
        source = repr(source)
    return 'While reading from %s: %s%s' % (source, kind, what)


class DuplicateSectionError(Error):
    def __init__(self, section, source=None, lineno=None):
        Error.__init__(self, _dup('section', ' %r already exists' % (section,), source, lineno),
                       section, source, lineno)
        self.section, self.source, self.lineno = self.args


class DuplicateOptionError(Error):
    def __init__(self, section, option, source=None, lineno=None):
        Error.__init__(self, _dup('option', ' %r in section %r already exists' % (option, section),
                                  source, lineno), section, option, source, lineno)
        self.section, self.option, self.source, self.lineno = self.args


class NoOptionError(Error):
    def __init__(self, option, section):
        Error.__init__(self, 'No option %r in section: %r' % (option, section), option, section)
        self.option, self.section = self.args


class InterpolationError(Error):
    def __init__(self, option, section, msg):
        Error.__init__(self, msg, option, section, msg)
        self.option = option
        self.section = section


class InterpolationMissingOptionError(InterpolationError):
    def __init__(self, option, section, rawval, reference):
        InterpolationError.__init__(self, option, section,
            'Bad value substitution: option %r in section %r contains an '
            'interpolation key %r which is not a valid option name. Raw value: %r'
            % (option, section, reference, rawval))
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    pass


class InterpolationDepthError(InterpolationError):
    def __init__(self, option, section, rawval):
        InterpolationError.__init__(self, option, section,
            'Recursion limit exceeded in value substitution: option %r in section '
            '%r contains an interpolation key which cannot be substituted in %d '
            'steps. Raw value: %r' % (option, section, MAX_INTERPOLATION_DEPTH, rawval))
        self.args = (option, section, rawval)


class ParsingError(Error):
    def __init__(self, source=None, filename=None):
        source = source or filename
        Error.__init__(self, 'Source contains parsing errors: %r' % (source,), source)
        self.source = source
        self.errors = []

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\nfile: %r, line: %d\n%r'
                       % (filename, lineno, line), filename, lineno, line)
        self.source, self.lineno, self.line = self.args
        self.errors = []


_UNSET = object()
_default_dict = dict


# ---------------------------------------------------------------- interpolation

class Interpolation:
    # no interpolation: values pass through unchanged
    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    before_read = before_write = before_set


class BasicInterpolation(Interpolation):
    # %(name)s refers to an option of the same section (or DEFAULT); %% is '%'
    _C, _OPEN = '%('
    _KEYCRE = re.compile(r'%\(([^)]+)\)s')

    def before_get(self, parser, section, option, value, defaults):
        out = []
        self._expand(parser, option, out, value, section, defaults, 1)
        return ''.join(out)

    def before_set(self, parser, section, option, value):
        c = self._C
        rest = self._KEYCRE.sub('', value.replace(c + c, ''))
        if c in rest:
            raise ValueError('invalid interpolation syntax in %r at position %d'
                             % (value, rest.find(c)))
        return value

    def _lookup(self, parser, option, section, names, ref, rest):
        # nested references still report the option first asked for
        return names[parser.optionxform(ref)], option, section, names

    def _expand(self, parser, option, out, rest, section, names, depth):
        c = self._C
        rawval = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        while rest:
            p = rest.find(c)
            if p < 0:
                out.append(rest)
                return
            out.append(rest[:p])
            rest = rest[p:]
            nxt = rest[1:2]
            if nxt == c:
                out.append(c)
                rest = rest[2:]
                continue
            if nxt != self._OPEN:
                raise InterpolationSyntaxError(option, section,
                    "'%s' must be followed by '%s' or '%s', found: %r"
                    % (c, c, self._OPEN, rest))
            m = self._KEYCRE.match(rest)
            if m is None:
                raise InterpolationSyntaxError(option, section,
                    'bad interpolation variable reference %r' % (rest,))
            ref = m.group(1)
            rest = rest[m.end():]
            try:
                v, opt, sect, where = self._lookup(parser, option, section, names, ref, rest)
            except (KeyError, NoSectionError, NoOptionError):
                raise InterpolationMissingOptionError(option, section, rawval, ref) from None
            if c in v:
                self._expand(parser, opt, out, v, sect, where, depth + 1)
            else:
                out.append(v)


def _deprecated(what, level=3):
    import warnings
    warnings.warn(what + ' is deprecated', DeprecationWarning, level)


class LegacyInterpolation(Interpolation):
    # deprecated: %(name)s expanded by the % operator, up to the depth limit
    def __init__(self):
        _deprecated('LegacyInterpolation')

    def before_get(self, parser, section, option, value, vars):
        rawval = value
        for _ in range(MAX_INTERPOLATION_DEPTH):
            if '%(' not in value:
                return value
            value = BasicInterpolation._KEYCRE.sub(
                lambda m: '%%(%s)s' % parser.optionxform(m.group(1)), value)
            try:
                value = value % vars
            except KeyError as e:
                raise InterpolationMissingOptionError(option, section, rawval, e.args[0]) from None
        if '%(' in value:
            raise InterpolationDepthError(option, section, rawval)
        return value


class ExtendedInterpolation(BasicInterpolation):
    # ${name} or ${section:name}; $$ is '$'
    _C, _OPEN = '${'
    _KEYCRE = re.compile(r'\$\{([^}]+)\}')

    def _lookup(self, parser, option, section, names, ref, rest):
        path = ref.split(':')
        if len(path) == 1:
            key = parser.optionxform(path[0])
            return names[key], key, section, names
        if len(path) > 2:
            raise InterpolationSyntaxError(option, section,
                                           "More than one ':' found: %r" % (rest,))
        key = parser.optionxform(path[1])
        v = parser.get(path[0], key, raw=True)
        return v, key, path[0], dict(parser.items(path[0], raw=True))


# ---------------------------------------------------------------- parser

class RawConfigParser(MutableMapping):
    _OPT_TMPL = r'(?P<option>.*?)\s*(?P<vi>{delim})\s*(?P<value>.*)$'
    _OPT_NV_TMPL = r'(?P<option>.*?)\s*(?:(?P<vi>{delim})\s*(?P<value>.*))?$'
    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = re.compile(r'\[(?P<header>.+)\]')
    NONSPACECRE = re.compile(r'\S')
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}

    def __init__(self, defaults=None, dict_type=_default_dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True,
                 empty_lines_in_values=True, default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET):
        self._dict = dict_type
        self._sections = dict_type()
        self._defaults = dict_type()
        self._proxies = dict_type()
        self._delimiters = tuple(delimiters)
        self._optcre = re.compile((self._OPT_NV_TMPL if allow_no_value else self._OPT_TMPL)
                                  .format(delim='|'.join(re.escape(d) for d in delimiters)))
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        if interpolation is None:
            interpolation = Interpolation()
        if not isinstance(interpolation, Interpolation):
            raise TypeError('interpolation= must be None or an Interpolation, not %s'
                            % type(interpolation))
        self._interpolation = interpolation
        self._proxies[default_section] = SectionProxy(self, default_section)
        self.converters = ConverterMapping(self)
        if converters is not _UNSET:
            self.converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    def _read_defaults(self, defaults):
        # RawConfigParser keeps the values as given (not made strings)
        for k, v in defaults.items():
            self._defaults[self.optionxform(k)] = v

    def defaults(self):
        return self._defaults

    def sections(self):
        return list(self._sections.keys())

    def add_section(self, section):
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % (section,))
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()
        self._proxies[section] = SectionProxy(self, section)

    def has_section(self, section):
        return section in self._sections

    def options(self, section):
        try:
            opts = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        opts.update(self._defaults)
        return list(opts.keys())

    def read(self, filenames, encoding=None):
        if isinstance(filenames, (str, bytes)) or hasattr(filenames, '__fspath__'):
            filenames = [filenames]
        done = []
        for name in filenames:
            try:
                with open(name, encoding=encoding) as fp:
                    self._read(fp, name)
            except OSError:
                continue
            if hasattr(name, '__fspath__'):
                name = name.__fspath__()
            done.append(name)
        return done

    def read_file(self, f, source=None):
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._read(f, source)

    def readfp(self, fp, filename=None):
        # (the name before Python 3.2, kept by 3.11 for old programs)
        _deprecated('readfp(), renamed read_file(),')
        self.read_file(fp, filename)

    def read_string(self, string, source='<string>'):
        import io
        self._read(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        seen = set()
        for section, keys in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in seen:
                    raise
            seen.add(section)
            for key, value in keys.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, value)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        try:
            d = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = d[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, d)

    def _get_conv(self, section, option, conv, *, raw=False, vars=None,
                  fallback=_UNSET, **kwargs):
        try:
            return conv(self.get(section, option, raw=raw, vars=vars, **kwargs))
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, **kwargs):
        return self._get_conv(section, option, int, **kwargs)

    def getfloat(self, section, option, **kwargs):
        return self._get_conv(section, option, float, **kwargs)

    def getboolean(self, section, option, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean, **kwargs)

    def items(self, section=_UNSET, raw=False, vars=None):
        if section is _UNSET:
            return MutableMapping.items(self)
        keys = list(self._unify_values(section, None))
        d = self._unify_values(section, vars)
        return [(k, d[k] if raw else self._interpolation.before_get(self, section, k, d[k], d))
                for k in keys]

    def popitem(self):
        # like dict.popitem(), but DEFAULT stays (so clear() keeps it too)
        for key in self.sections():
            return key, self.pop(key)
        raise KeyError

    def optionxform(self, optionstr):
        return optionstr.lower()

    def has_option(self, section, option):
        try:
            d = self._section_dict(section)
        except NoSectionError:
            return False
        option = self.optionxform(option)
        return option in d or option in self._defaults

    def _section_dict(self, section):
        if not section or section == self.default_section:
            return self._defaults
        try:
            return self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._section_dict(section)[self.optionxform(option)] = value

    def write(self, fp, space_around_delimiters=True):
        d = self._delimiters[0]
        if space_around_delimiters:
            d = ' %s ' % d
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), d)
        for section in self._sections:
            self._write_section(fp, section, self._sections[section].items(), d)

    def _write_section(self, fp, name, items, delimiter):
        fp.write('[%s]\n' % name)
        for key, value in items:
            value = self._interpolation.before_write(self, name, key, value)
            if value is not None or not self._allow_no_value:
                value = delimiter + str(value).replace('\n', '\n\t')
            else:
                value = ''
            fp.write('%s%s\n' % (key, value))
        fp.write('\n')

    def remove_option(self, section, option):
        d = self._section_dict(section)
        option = self.optionxform(option)
        found = option in d
        if found:
            del d[option]
        return found

    def remove_section(self, section):
        if section in self._sections:
            del self._sections[section]
            del self._proxies[section]
            return True
        return False

    # mapping protocol: parser[section] is a SectionProxy
    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._proxies[key]

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError('Cannot remove the default section.')
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1

    def __iter__(self):
        yield self.default_section
        yield from list(self._sections.keys())

    def _read(self, fp, fpname):
        seen = set()
        cursect = sectname = optname = err = None
        indent = 0
        for lineno, line in enumerate(fp, 1):
            # an inline comment starts at a prefix that follows whitespace
            cut = None
            for prefix in self._inline_comment_prefixes:
                i = line.find(prefix)
                while i > 0 and not line[i - 1].isspace():
                    i = line.find(prefix, i + 1)
                if i >= 0 and (cut is None or i < cut):
                    cut = i
            stripped = line.strip()
            for prefix in self._comment_prefixes:
                if stripped.startswith(prefix):
                    cut = 0
                    break
            value = line[:cut].strip()
            if not value:
                if self._empty_lines_in_values:
                    # a blank line (not a comment) inside a value is kept
                    if cut is None and cursect is not None and optname and \
                            cursect[optname] is not None:
                        cursect[optname].append('')
                else:
                    indent = sys.maxsize
                continue
            m = self.NONSPACECRE.search(line)
            cur_indent = m.start() if m else 0
            if cursect is not None and optname and cur_indent > indent:
                cursect[optname].append(value)
                continue
            indent = cur_indent
            m = self.SECTCRE.match(value)
            if m:
                sectname = m.group('header')
                if sectname in self._sections:
                    if self._strict and sectname in seen:
                        raise DuplicateSectionError(sectname, fpname, lineno)
                    cursect = self._sections[sectname]
                elif sectname == self.default_section:
                    cursect = self._defaults
                else:
                    cursect = self._dict()
                    self._sections[sectname] = cursect
                    self._proxies[sectname] = SectionProxy(self, sectname)
                seen.add(sectname)
                optname = None
            elif cursect is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            else:
                m = self._optcre.match(value)
                if m and m.group('option'):
                    optname = self.optionxform(m.group('option').rstrip())
                    if self._strict and (sectname, optname) in seen:
                        raise DuplicateOptionError(sectname, optname, fpname, lineno)
                    seen.add((sectname, optname))
                    val = m.group('value')
                    cursect[optname] = None if val is None else [val.strip()]
                else:
                    if not err:
                        err = ParsingError(fpname)
                    err.append(lineno, repr(line))
        # join continuation lines; give the interpolation a look at each value
        for section, opts in [(self.default_section, self._defaults)] + list(self._sections.items()):
            for name, val in list(opts.items()):
                if isinstance(val, list):
                    val = '\n'.join(val).rstrip()
                opts[name] = self._interpolation.before_read(self, section, name, val)
        if err:
            raise err

    def _unify_values(self, section, vars):
        d = self._defaults.copy()
        try:
            d.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
        if vars:
            for k, v in vars.items():
                d[self.optionxform(k)] = None if v is None else str(v)
        return d

    def _convert_to_boolean(self, value):
        if value.lower() not in self.BOOLEAN_STATES:
            raise ValueError('Not a boolean: %s' % value)
        return self.BOOLEAN_STATES[value.lower()]

    def _validate_value_types(self, *, section='', option='', value=''):
        for what, v in (('section names', section), ('option keys', option),
                        ('option values', value if value or not self._allow_no_value else '')):
            if not isinstance(v, str):
                raise TypeError(what + ' must be strings')


class ConfigParser(RawConfigParser):
    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def _read_defaults(self, defaults):
        # defaults given here are stored as written
        keep, self._interpolation = self._interpolation, Interpolation()
        self.read_dict({self.default_section: defaults})
        self._interpolation = keep

    def set(self, section, option, value=None):
        self._validate_value_types(option=option, value=value)
        RawConfigParser.set(self, section, option, value)

    def add_section(self, section):
        self._validate_value_types(section=section)
        RawConfigParser.add_section(self, section)


class SectionProxy(MutableMapping):
    # parser[section]: a live view of one section (DEFAULT included)
    def __init__(self, parser, name):
        self._parser = parser
        self._name = name

    def __getattr__(self, name):
        # the parser's get<converter>() methods, for this section
        if name[:3] == 'get' and name[3:] in self._parser.converters:
            impl = getattr(self._parser, name)
            return lambda option, fallback=None, **kw: self.get(option, fallback, _impl=impl, **kw)
        raise AttributeError(name)

    def __repr__(self):
        return '<Section: %s>' % self._name

    def __getitem__(self, key):
        if not self._parser.has_option(self._name, key):
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        self._parser._validate_value_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        if not (self._parser.has_option(self._name, key) and
                self._parser.remove_option(self._name, key)):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return iter(self._options())

    def _options(self):
        if self._name != self._parser.default_section:
            return self._parser.options(self._name)
        return list(self._parser.defaults())

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        return (_impl or self._parser.get)(self._name, option, raw=raw, vars=vars,
                                           fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    # parser.converters: name -> function; setting one adds parser.get<name>()
    # (None for the getters the parser class defines itself)
    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for name in dir(parser):
            if name[:3] == 'get' and name[3:] and callable(getattr(parser, name)):
                self._data[name[3:]] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, conv):
        if not isinstance(key, str) or not key:
            raise ValueError('Incompatible key: %s (type: %s)' % (key, type(key)))
        self._data[key] = conv
        p = self._parser
        setattr(p, 'get' + key, lambda section, option, **kw: p._get_conv(section, option, conv, **kw))

    def __delitem__(self, key):
        del self._data[key]
        try:
            delattr(self._parser, 'get' + key)
        except AttributeError:
            pass

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


class SafeConfigParser(ConfigParser):
    # (ConfigParser's name before Python 3.2)
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _deprecated('SafeConfigParser, renamed ConfigParser,')
