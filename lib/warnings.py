# warnings: issue, filter and capture warnings, with the public API and
# observable behaviour of CPython 3.11 (filter list format, actions,
# "once"/"default"/"module" bookkeeping, catch_warnings, message formats).
#
# Where the warning comes from (file, line, module) needs the caller's
# frame.  When the interpreter has no sys._getframe, the location is
# unknown: it is reported as file "sys", line 1 (CPython's own choice for a
# missing frame), and the module is taken to be __main__ so that the default
# DeprecationWarning filter for the main script still applies.

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning',
           'filterwarnings', 'simplefilter', 'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}

# Bumped whenever the filter list changes; per-module registries recorded
# under an older generation are emptied before use.
_generation = [0]
# Registries of modules whose globals we cannot reach, by module name.
_registries = {}
# While catch_warnings(record=True) is active: the list being filled.
_recording = [None]
# Source lines read for formatwarning, by file name.
_source_cache = {}


def _bump():
    _generation[0] += 1


def _source_line(filename, lineno):
    rows = _source_cache.get(filename)
    if rows is None:
        try:
            with open(filename) as f:
                rows = f.read().split('\n')
        except Exception:
            rows = []
        _source_cache[filename] = rows
    if 1 <= lineno <= len(rows):
        return rows[lineno - 1]
    return ''


def formatwarning(message, category, filename, lineno, line=None):
    text = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    line = line.strip() if line else ''
    if line:
        text += '  %s\n' % line
    return text


def _write_to(file, text):
    out = sys.stderr if file is None else file
    if out is not None:
        # a closed or broken stream loses the warning silently
        try:
            out.write(text)
        except OSError:
            return


def showwarning(message, category, filename, lineno, file=None, line=None):
    _write_to(file, formatwarning(message, category, filename, lineno, line))


_builtin_showwarning = showwarning


class WarningMessage(object):
    # One issued warning, as stored by catch_warnings(record=True).

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message, self.category = message, category
        self.filename, self.lineno = filename, lineno
        self.file, self.line, self.source = file, line, source

    def __str__(self):
        kind = self.category.__name__ if self.category else None
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, kind, self.filename, self.lineno, self.line))


def _deliver(note):
    # A replaced module-level showwarning wins; then a recording
    # catch_warnings; then the standard output to stderr.
    hook = showwarning
    if hook is not _builtin_showwarning:
        if not callable(hook):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        hook(note.message, note.category, note.filename, note.lineno, note.file, note.line)
        return
    if _recording[0] is not None:
        _recording[0].append(note)
        return
    _write_to(note.file, formatwarning(note.message, note.category, note.filename,
                                       note.lineno, note.line))


def _check_filter(action, category, lineno):
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not isinstance(category, type):
        raise AssertionError('category must be a class')
    if not issubclass(category, Warning):
        raise AssertionError('category must be a Warning subclass')
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')


def _install(entry, append):
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        while entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _bump()


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    _check_filter(action, category, lineno)
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    text_re = mod_re = None
    if message or module:
        import re
        # the message pattern ignores case, the module pattern does not
        text_re = re.compile(message, re.I) if message else None
        mod_re = re.compile(module) if module else None
    _install((action, text_re, category, mod_re, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    _check_filter(action, category, lineno)
    _install((action, None, category, None, lineno), append)


def resetwarnings():
    """Remove every filter (the default action then applies to everything)."""
    del filters[:]
    _bump()


def _fits(pattern, value):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == value
    return pattern.match(value) is not None


def _choose(text, category, module, lineno):
    for entry in filters:
        act, text_re, cat, mod_re, line = entry
        if (_fits(text_re, text) and issubclass(category, cat)
                and _fits(mod_re, module) and (line == 0 or line == lineno)):
            return act, entry
    return defaultaction, None


def _caller(stacklevel):
    # (filename, lineno, module, globals) of frame number `stacklevel`,
    # counting this function as 0.
    probe = getattr(sys, '_getframe', None)
    if probe is not None:
        try:
            frame = probe(stacklevel)
        except ValueError:
            frame = None
        if frame is not None:
            g = frame.f_globals
            return frame.f_code.co_filename, frame.f_lineno, g.get('__name__', '<string>'), g
    return 'sys', 1, '__main__', None


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning; the filters decide whether it is shown, ignored or raised."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    filename, lineno, module, where = _caller(stacklevel + 1)
    if where is not None:
        registry = where.setdefault('__warningregistry__', {})
    else:
        registry = _registries.setdefault(module, {})
    warn_explicit(message, category, filename, lineno, module, registry, None, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _generation[0]:
        registry.clear()
        registry['version'] = _generation[0]
    if isinstance(message, Warning):
        text, category = str(message), type(message)
    else:
        # keep the text for matching, and make the instance that is shown
        text, message = message, category(message)
    seen_key = (text, category, lineno)
    if registry.get(seen_key):
        return
    action, entry = _choose(text, category, module, lineno)
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[seen_key] = 1
        if onceregistry.get((text, category)):
            return
        onceregistry[(text, category)] = 1
    elif action == 'module':
        registry[seen_key] = 1
        if registry.get((text, category, 0)):
            return
        registry[(text, category, 0)] = 1
    elif action == 'default':
        registry[seen_key] = 1
    elif action != 'always':
        raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %s' % (action, entry))
    _deliver(WarningMessage(message, category, filename, lineno, None, None, source))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon exiting the context."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._target = sys.modules['warnings'] if module is None else module
        self._keep_log = record
        self._active = False
        self._preset = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._keep_log:
            shown.append('record=True')
        if self._target is not sys.modules['warnings']:
            shown.append('module=%r' % self._target)
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def __enter__(self):
        if self._active:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._active = True
        mod = self._target
        self._undo = (mod.filters, mod.showwarning, mod._recording[0])
        mod.filters = list(mod.filters)
        mod._bump()
        if self._preset is not None:
            mod.simplefilter(*self._preset)
        if not self._keep_log:
            return None
        caught = []
        mod._recording[0] = caught
        mod.showwarning = mod._builtin_showwarning
        return caught

    def __exit__(self, *exc):
        if not self._active:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        mod = self._target
        mod.filters, mod.showwarning, mod._recording[0] = self._undo
        mod._bump()


class _OptionError(Exception):
    pass


def _option_action(text):
    if not text:
        return 'default'
    if text == 'all':
        return 'always'
    for action in _ACTIONS:
        if action.startswith(text):
            return action
    raise _OptionError('invalid action: %r' % (text,))


def _option_category(text):
    if not text:
        return Warning
    if '.' in text:
        where, _, name = text.rpartition('.')
        try:
            found = getattr(__import__(where, None, None, [name]), name)
        except ImportError:
            raise _OptionError('invalid module name: %r' % (where,)) from None
        except AttributeError:
            raise _OptionError('unknown warning category: %r' % (text,)) from None
    else:
        import builtins
        found = getattr(builtins, text, None)
        if found is None:
            raise _OptionError('unknown warning category: %r' % (text,))
    if not (isinstance(found, type) and issubclass(found, Warning)):
        raise _OptionError('invalid warning category: %r' % (text,))
    return found


def _apply_option(text):
    # action:message:category:module:lineno, the empty fields defaulted; the
    # message and module are literal texts (the module matched whole).
    fields = [f.strip() for f in text.split(':')]
    if len(fields) > 5:
        raise _OptionError('too many fields (max 5): %r' % (text,))
    fields += [''] * (5 - len(fields))
    action = _option_action(fields[0])
    category = _option_category(fields[2])
    message, module, lineno = fields[1], fields[3], fields[4]
    if message or module:
        import re
        message = re.escape(message)
        module = re.escape(module) + r'\Z' if module else ''
    if lineno:
        try:
            lineno = int(lineno)
        except ValueError:
            raise _OptionError('invalid lineno %r' % (lineno,)) from None
        if lineno < 0:
            raise _OptionError('invalid lineno %r' % (lineno,))
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


# The interpreter's -W options, each in front of the ones before it.
for _text in getattr(sys, 'warnoptions', ()):
    try:
        _apply_option(_text)
    except _OptionError as _e:
        print('Invalid -W option ignored:', _e, file=sys.stderr)
