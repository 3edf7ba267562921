# traceback: printing and formatting exceptions (a small rewrite of the
# documented behaviour of CPython's module). The interpreter renders the
# traceback itself (sys.print_exception, chained exceptions included); this
# module adds the source lines, limit= and chain=, and the list-of-strings API.
import sys

__all__ = ['print_exc', 'format_exc', 'print_exception', 'format_exception',
           'format_exception_only', 'print_last', 'print_tb', 'format_tb',
           'TracebackException', 'extract_tb', 'extract_stack', 'format_list',
           'print_list', 'format_stack', 'print_stack', 'walk_tb', 'walk_stack',
           'StackSummary', 'FrameSummary']

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


def _limit_frames(entries, limit):
    if limit is None:
        return entries
    if limit >= 0:
        return entries[:limit]
    return entries[len(entries) + limit:]


def _render(exc):
    # The interpreter's own rendering, one string per line (no newlines);
    # True: CPython's layout ("E", not MicroPython's "E: ", for no message).
    import io
    buf = io.StringIO()
    sys.print_exception(exc, buf, True)
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


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'


def _both_or_neither(value, tb):
    if (value is _NOT_GIVEN) != (tb is _NOT_GIVEN):
        raise ValueError('Both or neither of value and tb must be given')


def format_exception(exc, /, value=_NOT_GIVEN, tb=_NOT_GIVEN, limit=None, chain=True):
    _both_or_neither(value, tb)
    value = _exc_value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    if isinstance(value, BaseExceptionGroup):
        out = []
        _boxed(out, value, limit, chain, 1)
        return out
    return _plain(value, limit, chain)


def _boxed(out, group, limit, chain, depth):
    # CPython's layout of an exception group: its own report in a margin
    # ('+' on its traceback header, '|' below), then each sub-exception one
    # level deeper under a numbered rule, closed by one rule at the end.
    pad = '  ' * depth
    lines = _plain(group, limit, chain)
    head = 'Traceback (most recent call last):\n'
    top = len(lines) - 1 - lines[::-1].index(head) if head in lines else -1
    for i, line in enumerate(lines):
        if i == top:
            out.append(pad + '+ Exception Group ' + line)
        elif i < top and depth == 1:
            # What the outermost group was chained to goes unboxed.
            out.append(line)
        else:
            _margin(out, pad + '| ', line)
    subs = group.exceptions
    n = len(subs)
    closed = False
    for i in range(min(n, 16)):
        out.append(pad + ('+-' if i == 0 else '  ') + '+' + '-' * 16
                   + (' %d ' % (i + 1) if i < 15 else ' ... ') + '-' * 16 + '\n')
        inner = pad + '  '
        if i == 15:
            out.append(inner + '| and %d more exceptions\n' % (n - 15))
            closed = False
        elif isinstance(subs[i], BaseExceptionGroup) and depth >= 10:
            out.append(inner + '| ... (max_group_depth is 10)\n')
            closed = False
        elif isinstance(subs[i], BaseExceptionGroup):
            closed = _boxed(out, subs[i], limit, chain, depth + 1)
        else:
            for line in _plain(subs[i], limit, chain):
                _margin(out, inner + '| ', line)
            closed = False
    if not closed:
        out.append(pad + '  +' + '-' * 36 + '\n')
    return True


def _margin(out, prefix, text):
    # (A frame's text is two lines when it has its source line.)
    out.append(prefix + text[:-1].replace('\n', '\n' + prefix) + '\n')


def _plain(value, limit, chain):
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
        # frames[0] is the header: none with no entry left (limit=0).
        kept = _limit_frames(frames[1:], limit)
        if kept:
            out.extend(frames[:1] + kept)
        frames.clear()
    for line in lines:
        # A traceback entry, and the source line the interpreter printed
        # under it (a SyntaxError's place, with no ', in', is no entry).
        if line.startswith('  File "') and ', in ' in line[line.rfind('", line '):]:
            frames.append(line + '\n')
            continue
        if frames and line.startswith('    ') and frames[-1].count('\n') == 1:
            frames[-1] += line.rstrip() + '\n'
            continue
        flush()
        if line.startswith('Traceback ('):
            frames.append(line + '\n')
        elif line in _CHAIN_SEPARATORS or out and out[-1][1:-1] in _CHAIN_SEPARATORS:
            # CPython's one string: '\n' + separator + '\n\n'.
            out[-1] += line + '\n'
        else:
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
    text = _safe_str(value)
    out = [name + ': ' + text + '\n' if text else name + '\n']
    if isinstance(value, SyntaxError):
        # The interpreter's rendering has CPython's place, source line,
        # carets and bare message: the lines from the last '  File' on,
        # unless that is a traceback entry (no place known).
        lines = _render(value)
        i = len(lines) - 1
        while i > 0 and not lines[i].startswith('  File "'):
            i -= 1
        if ', in ' not in lines[i][lines[i].rfind('", line '):]:
            out = [line + '\n' for line in lines[i:]]
    for note in getattr(value, '__notes__', ()):
        out.append(str(note) + '\n')
    return out


def print_exception(exc, /, value=_NOT_GIVEN, tb=_NOT_GIVEN, limit=None, file=None, chain=True):
    _both_or_neither(value, tb)
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


class FrameSummary:
    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals

    @property
    def line(self):
        if self._line is None and self.lineno is not None:
            self._line = _source_line(self.filename, self.lineno)
        return self._line

    def _key(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            other = other._key()
        return self._key() == other if isinstance(other, tuple) else NotImplemented

    def __getitem__(self, i):
        return self._key()[i]

    def __iter__(self):
        return iter(self._key())

    def __len__(self):
        return 4

    def __repr__(self):
        return '<FrameSummary file %s, line %s in %s>' % (self.filename, self.lineno, self.name)


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class StackSummary(list):
    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        return klass(_limit_frames([FrameSummary(f.f_code.co_filename, n, f.f_code.co_name)
                                    for f, n in frame_gen], limit))

    @classmethod
    def from_list(klass, a_list):
        return klass(e if isinstance(e, FrameSummary) else FrameSummary(*e[:3], line=e[3])
                     for e in a_list)

    def format_frame_summary(self, fs):
        text = '  File "%s", line %s, in %s\n' % (fs.filename, fs.lineno, fs.name)
        if fs.line:
            text += '    %s\n' % fs.line.strip()
        return text

    def format(self):
        return [self.format_frame_summary(fs) for fs in self]


def extract_tb(tb, limit=None):
    return StackSummary.extract(walk_tb(tb), limit=limit)


def extract_stack(f=None, limit=None):
    s = StackSummary.extract(walk_stack(f or sys._getframe().f_back))
    s.reverse()
    return StackSummary(_limit_frames(s, None if limit is None else -limit))


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    for line in format_list(extracted_list):
        print(line, file=file or sys.stderr, end='')


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def format_stack(f=None, limit=None):
    return extract_stack(f or sys._getframe().f_back, limit).format()


def print_stack(f=None, limit=None, file=None):
    print_list(extract_stack(f or sys._getframe().f_back, limit), file)


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for line in format_tb(tb, limit):
        print(line, file=file, end='')


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=False):
        self.exc_type = exc_type
        self._exc = exc_value
        self._limit = limit
        self._text = _safe_str(exc_value)
        self.__suppress_context__ = getattr(exc_value, '__suppress_context__', False)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.stack = extract_tb(exc_traceback, limit)
        if isinstance(exc_value, SyntaxError):
            for name in ('filename', 'lineno', 'end_lineno', 'text', 'offset', 'end_offset', 'msg'):
                setattr(self, name, getattr(exc_value, name, None))
            if self.lineno is not None:
                self.lineno = str(self.lineno)
        # The chain as TracebackExceptions too, built here by the outermost
        # one without recursion (a chain can be as long as the recursion
        # limit); each exception once, so a cycle ends it. compact: the
        # context only where it is printed.
        self.__cause__ = self.__context__ = None
        if _seen:
            return
        seen = {id(exc_value)}
        todo = [self]
        while todo:
            te = todo.pop()
            for attr in ('__cause__', '__context__'):
                x = getattr(te._exc, attr, None)
                if x is None or id(x) in seen or (attr == '__context__' and compact and (
                        te.__cause__ is not None or te.__suppress_context__)):
                    continue
                seen.add(id(x))
                sub = TracebackException(type(x), x, x.__traceback__, limit=limit,
                                         compact=compact, _seen=True)
                setattr(te, attr, sub)
                todo.append(sub)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __str__(self):
        return self._text

    def _key(self):
        return (self.exc_type, self._text, self.stack, self.__cause__, self.__context__,
                self.__suppress_context__, self.__notes__)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self._key() == other._key()
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
