# traceback: printing and formatting exceptions (a small rewrite of the
# documented behaviour of CPython 3.11's module). Everything is built from
# TracebackException: the chain (__cause__/__context__), each exception's
# stack as a StackSummary of FrameSummary entries with their source lines
# (from linecache), and exception groups in CPython's boxed layout.
import sys
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']


class _Implicit:
    # The default of value= and tb=: shown as <implicit> in signatures.
    def __repr__(self):
        return '<implicit>'


_NOT_GIVEN = _Implicit()
_CAUSE = '\nThe above exception was the direct cause of the following exception:\n\n'
_CONTEXT = '\nDuring handling of the above exception, another exception occurred:\n\n'


def _safe(func, value, what):
    try:
        return func(value)
    except Exception:
        return '<%s %s() failed>' % (what, func.__name__)


def _exc_value(exc, value):
    if value is not _NOT_GIVEN:
        return value
    if isinstance(exc, BaseException) or exc is None:
        return exc
    raise TypeError('Exception expected for value, %s found' % type(exc).__name__)


def _te(exc, value, tb, limit=None, compact=False):
    if (value is _NOT_GIVEN) != (tb is _NOT_GIVEN):
        raise ValueError('Both or neither of value and tb must be given')
    value = _exc_value(exc, value)
    if tb is _NOT_GIVEN:
        tb = getattr(value, '__traceback__', None)
    return TracebackException(type(value), value, tb, limit=limit, compact=compact)


def format_exception(exc, /, value=_NOT_GIVEN, tb=_NOT_GIVEN, limit=None, chain=True):
    return list(_te(exc, value, tb, limit).format(chain=chain))


def print_exception(exc, /, value=_NOT_GIVEN, tb=_NOT_GIVEN, limit=None, file=None, chain=True):
    _te(exc, value, tb, limit, True).print(file=file, chain=chain)


def format_exception_only(exc, /, value=_NOT_GIVEN):
    value = _exc_value(exc, value)
    return list(TracebackException(type(value), value, None, compact=True).format_exception_only())


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def _write(lines, file):
    if file is None:
        file = sys.stderr
    for line in lines:
        print(line, file=file, end='')


def clear_frames(tb):
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


class FrameSummary:
    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        if lookup_line:
            self.line
        self.locals = {k: _safe(repr, v, 'local') for k, v in locals.items()} if locals else None

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return tuple(self) == tuple(other) and self.locals == other.locals
        if isinstance(other, tuple):
            return tuple(self) == other
        return NotImplemented

    def __getitem__(self, i):
        return (self.filename, self.lineno, self.name, self.line)[i]

    def __iter__(self):
        return iter((self.filename, self.lineno, self.name, self.line))

    def __len__(self):
        return 4

    def __repr__(self):
        return '<FrameSummary file %s, line %s in %s>' % (self.filename, self.lineno, self.name)


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    # No frame: start at the caller of the code that iterates this (which
    # is StackSummary.extract's own frame, or the caller's own list()).
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class StackSummary(list):
    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        # (frame_gen is walked here, in this frame: see walk_stack.)
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        result = klass()
        names = set()
        for f, lineno in frame_gen:
            if limit is not None and 0 <= limit <= len(result):
                break
            code = f.f_code
            names.add(code.co_filename)
            result.append(FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=False,
                                       locals=f.f_locals if capture_locals else None))
            if limit is not None and limit < 0 and len(result) > -limit:
                del result[0]
        for name in names:
            linecache.checkcache(name)
        if lookup_lines:
            for fs in result:
                fs.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for e in a_list:
            if not isinstance(e, FrameSummary):
                filename, lineno, name, line = e
                e = FrameSummary(filename, lineno, name, line=line)
            result.append(e)
        return result

    def format_frame_summary(self, frame_summary):
        fs = frame_summary
        text = '  File "%s", line %s, in %s\n' % (fs.filename, fs.lineno, fs.name)
        if fs.line:
            text += '    %s\n' % fs.line
        for name, value in sorted((fs.locals or {}).items()):
            text += '    %s = %s\n' % (name, value)
        return text

    def format(self):
        # A run of more than 3 identical entries (recursion) is cut to 3
        # and a count of the rest.
        out = []
        last = None
        same = 0
        for fs in self:
            text = self.format_frame_summary(fs)
            if text is None:
                continue
            key = (fs.filename, fs.lineno, fs.name)
            if key != last:
                _repeats(out, same)
                last = key
                same = 0
            same += 1
            if same <= 3:
                out.append(text)
        _repeats(out, same)
        return out


def _repeats(out, same):
    if same > 3:
        same -= 3
        out.append('  [Previous line repeated %d more time%s]\n' % (same, 's' if same > 1 else ''))


def extract_tb(tb, limit=None):
    return StackSummary.extract(walk_tb(tb), limit=limit)


def extract_stack(f=None, limit=None):
    s = StackSummary.extract(walk_stack(f or sys._getframe().f_back), limit=limit)
    s.reverse()
    return s


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    _write(format_list(extracted_list), file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    _write(format_tb(tb, limit), file)


def format_stack(f=None, limit=None):
    return format_list(extract_stack(f or sys._getframe().f_back, limit))


def print_stack(f=None, limit=None, file=None):
    _write(format_stack(f or sys._getframe().f_back, limit), file)


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        self.exc_type = exc_type
        self._str = _safe(str, exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.__suppress_context__ = getattr(exc_value, '__suppress_context__', False)
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.exceptions = None
        self.__cause__ = self.__context__ = None
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            for name in ('filename', 'lineno', 'end_lineno', 'text', 'offset', 'end_offset', 'msg'):
                value = getattr(exc_value, name, None)
                if name.endswith('lineno') and value is not None:
                    value = str(value)
                setattr(self, name, value)
        if _seen is not None:
            return
        # The chain and the members of groups, made here by the outermost
        # one without recursion (a chain can be as long as the recursion
        # limit); each exception once, so that a cycle ends. compact: the
        # context only where it is printed.
        seen = {id(exc_value)}
        todo = [(self, exc_value)]
        kw = {'limit': limit, 'lookup_lines': lookup_lines, 'capture_locals': capture_locals,
              'max_group_width': max_group_width, 'max_group_depth': max_group_depth,
              '_seen': seen}

        def sub(x):
            seen.add(id(x))
            te = TracebackException(type(x), x, x.__traceback__, **kw)
            todo.append((te, x))
            return te
        while todo:
            te, e = todo.pop()
            cause = getattr(e, '__cause__', None)
            if cause is not None and id(cause) not in seen:
                te.__cause__ = sub(cause)
            context = getattr(e, '__context__', None)
            if (context is not None and id(context) not in seen
                    and not (compact and (te.__cause__ is not None or te.__suppress_context__))):
                te.__context__ = sub(context)
            if isinstance(e, BaseExceptionGroup):
                te.exceptions = [sub(x) for x in e.exceptions]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __str__(self):
        return self._str

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def format(self, *, chain=True, _ctx=None):
        # _ctx: [depth of the group boxes, a box is still open]
        ctx = _ctx or [0, False]
        todo = [(None, self)]
        while chain:
            te = todo[-1][1]
            if te.__cause__ is not None:
                todo.append((_CAUSE, te.__cause__))
            elif te.__context__ is not None and not te.__suppress_context__:
                todo.append((_CONTEXT, te.__context__))
            else:
                break
        # Oldest first; each separator goes before the newer one.
        for i in range(len(todo) - 1, -1, -1):
            te = todo[i][1]
            if i + 1 < len(todo):
                yield _indent(ctx, todo[i + 1][0])
            if te.exceptions is None:
                if te.stack:
                    yield _indent(ctx, 'Traceback (most recent call last):\n')
                    for text in te.stack.format():
                        yield _indent(ctx, text)
                for text in te.format_exception_only():
                    yield _indent(ctx, text)
            elif ctx[0] > self.max_group_depth:
                yield _indent(ctx, '... (max_group_depth is %d)\n' % self.max_group_depth)
            else:
                yield from te._format_group(ctx, chain)

    def _format_group(self, ctx, chain):
        top = ctx[0] == 0
        if top:
            ctx[0] = 1
        if self.stack:
            yield _indent(ctx, 'Exception Group Traceback (most recent call last):\n', '+' if top else '|')
            for text in self.stack.format():
                yield _indent(ctx, text)
        for text in self.format_exception_only():
            yield _indent(ctx, text)
        subs = self.exceptions
        width = self.max_group_width
        n = min(len(subs), width + 1)
        ctx[1] = False
        for i in range(n):
            last = i == n - 1
            if last:
                ctx[1] = True
            yield '  ' * ctx[0] + ('+-' if i == 0 else '  ') + '+---------------- %s ----------------\n' % (
                i + 1 if i < width else '...')
            ctx[0] += 1
            if i < width:
                yield from subs[i].format(chain=chain, _ctx=ctx)
            else:
                more = len(subs) - width
                yield _indent(ctx, 'and %d more exception%s\n' % (more, 's' if more > 1 else ''))
            if last and ctx[1]:
                yield '  ' * ctx[0] + '+------------------------------------\n'
                ctx[1] = False
            ctx[0] -= 1
        if top:
            ctx[0] = 0

    def format_exception_only(self):
        t = self.exc_type
        name = str(t)
        if t is not None:
            name = t.__qualname__
            mod = t.__module__
            if mod not in ('__main__', 'builtins'):
                name = (mod if isinstance(mod, str) else '<unknown>') + '.' + name
        if t is not None and issubclass(t, SyntaxError):
            yield from self._format_syntax_error(name)
        else:
            yield name + ': ' + self._str + '\n' if self._str else name + '\n'
        notes = self.__notes__
        if isinstance(notes, (list, tuple, str)):
            for note in notes:
                for line in _safe(str, note, 'note').split('\n'):
                    yield line + '\n'
        elif notes is not None:
            yield _safe(repr, notes, '__notes__')

    def _format_syntax_error(self, name):
        suffix = ''
        if self.lineno is not None:
            yield '  File "%s", line %s\n' % (self.filename or '<string>', self.lineno)
        elif self.filename is not None:
            suffix = ' (%s)' % self.filename
        text = self.text
        if text is not None:
            # The line without its indentation; carets from offset up to
            # end_offset (1-based, end excluded).
            text = text.rstrip('\n')
            line = text.lstrip(' \n\f')
            cut = len(text) - len(line)
            yield '    %s\n' % line
            if self.offset is not None:
                start = self.offset - 1 - cut
                end = self.end_offset
                if end in (None, 0):
                    end = self.offset
                if end == self.offset or end == -1:
                    end = self.offset + 1
                end -= 1 + cut
                if start >= 0:
                    pad = ''.join(c if c.isspace() else ' ' for c in line[:start])
                    yield '    %s%s\n' % (pad, '^' * (end - start))
        yield '%s: %s%s\n' % (name, self.msg or '<no detail available>', suffix)

    def print(self, *, file=None, chain=True):
        _write(self.format(chain=chain), file)


def _indent(ctx, text, margin='|'):
    # A text inside group boxes: every line, even an empty one, behind the
    # boxes' margin.
    if not ctx[0]:
        return text
    prefix = '  ' * ctx[0] + margin + ' '
    return ''.join(prefix + line for line in text.splitlines(True))
