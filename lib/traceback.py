# traceback: printing and formatting exceptions (a small rewrite of the
# documented behaviour of CPython's module). The interpreter renders the
# traceback itself (sys.print_exception, chained exceptions included); this
# module adds the source lines, limit= and chain=, and the list-of-strings API.
import sys

__all__ = ['print_exc', 'format_exc', 'print_exception', 'format_exception',
           'format_exception_only', 'print_last', 'print_tb', 'format_tb',
           'TracebackException']

_NOT_GIVEN = object()
_lines_cache = {}
_CHAIN_SEPARATORS = (
    'The above exception was the direct cause of the following exception:',
    'During handling of the above exception, another exception occurred:',
)


def _source_line(filename, lineno):
    lines = _lines_cache.get(filename)
    if lines is None:
        lines = []
        if not filename.startswith('<'):
            try:
                with open(filename) as f:
                    lines = f.read().split('\n')
            except (OSError, UnicodeError):
                pass
        _lines_cache[filename] = lines
    if 0 < lineno <= len(lines):
        return lines[lineno - 1].strip()
    return ''


def _frame_line(line):
    # '  File "name", line N, in func' -> (name, N), else None.
    if not line.startswith('  File "'):
        return None
    end = line.rfind('", line ')
    if end < 0:
        return None
    num = line[end + 8:].split(',')[0]
    try:
        return line[8:end], int(num)
    except ValueError:
        return None


def _limit_frames(entries, limit):
    if limit is None:
        return entries
    if limit >= 0:
        return entries[:limit]
    return entries[len(entries) + limit:]


def _render(exc):
    # The interpreter's own rendering, one string per line (no newlines).
    import io
    buf = io.StringIO()
    sys.print_exception(exc, buf)
    return buf.getvalue().split('\n')[:-1]


def _drop_hints(lines, value):
    # The interpreter's rendering (like CPython's sys.excepthook) ends the
    # line of a NameError or AttributeError with ". Did you mean: 'x'?";
    # CPython 3.11's traceback module does not: cut it off those lines.
    texts = []
    seen = []
    todo = [value]
    while todo:
        e = todo.pop()
        if e is None or any(e is s for s in seen):
            continue
        seen.append(e)
        if isinstance(e, (NameError, AttributeError)):
            texts.append(': ' + str(e))
        todo.append(e.__cause__)
        todo.append(e.__context__)
        todo.extend(getattr(e, 'exceptions', ()))
    if not texts:
        return
    for i, line in enumerate(lines):
        k = line.rfind(". Did you mean: '")
        if k >= 0 and line.endswith("'?") and any(line[:k].endswith(t) for t in texts):
            lines[i] = line[:k]


def _exc_value(exc, value):
    if value is not _NOT_GIVEN:
        return value
    if isinstance(exc, BaseException) or exc is None:
        return exc
    raise TypeError('Exception expected for value, %s found' % type(exc).__name__)


def format_exception(exc, /, value=_NOT_GIVEN, tb=_NOT_GIVEN, limit=None, chain=True):
    value = _exc_value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    lines = _render(value)
    _drop_hints(lines, value)
    if not chain:
        for i in range(len(lines) - 1, -1, -1):
            if lines[i] in _CHAIN_SEPARATORS:
                lines = lines[i + 2:]
                break
    out = []
    frames = []

    def flush():
        for entry in _limit_frames(frames, limit):
            out.append(entry)
        frames.clear()
    for line in lines:
        where = _frame_line(line)
        if where is not None:
            text = line + '\n'
            src = _source_line(where[0], where[1])
            if src and not line.endswith(', line %d' % where[1]):
                text += '    ' + src + '\n'
            frames.append(text)
            continue
        flush()
        out.append(line + '\n')
    flush()
    return out


def format_exception_only(exc, /, value=_NOT_GIVEN):
    value = _exc_value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    cls = type(value)
    name = cls.__qualname__
    mod = cls.__module__
    if mod not in ('__main__', 'builtins'):
        name = mod + '.' + name
    text = str(value)
    out = [name + ': ' + text + '\n' if text else name + '\n']
    for note in getattr(value, '__notes__', ()):
        out.append(str(note) + '\n')
    return out


def print_exception(exc, /, value=_NOT_GIVEN, tb=_NOT_GIVEN, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    # A traceback object here knows its line numbers but not its file or
    # function names; those print as '?'.
    entries = []
    while tb is not None:
        entries.append('  File "?", line %d, in ?\n' % tb.tb_lineno)
        tb = tb.tb_next
    return _limit_frames(entries, limit)


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for line in format_tb(tb, limit):
        print(line, file=file, end='')


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        self.exc_type = exc_type
        self._exc = exc_value
        self._limit = limit
        self._text = str(exc_value)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = getattr(exc_value, '__suppress_context__', False)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.stack = []

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __str__(self):
        return self._text

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self._exc is other._exc
        return NotImplemented

    def format(self, *, chain=True):
        for line in format_exception(self._exc, limit=self._limit, chain=chain):
            yield line

    def format_exception_only(self):
        for line in format_exception_only(self._exc):
            yield line

    def print(self, *, file=None, chain=True):
        out = sys.stderr if file is None else file
        for line in self.format(chain=chain):
            print(line, file=out, end='')
