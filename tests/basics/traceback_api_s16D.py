# traceback's StackSummary/FrameSummary/TracebackException API as CPython
# 3.11 documents it: limit= (negative: the innermost), capture_locals,
# a custom format_frame_summary (None drops the entry), walk_stack(None),
# recursion runs cut to 3 entries, notes split into lines, max_group_width
# and max_group_depth, SyntaxError fields, exception group parts.
import sys
import traceback


def base(path):
    return path[path.rfind('/') + 1:]


def show(lines):
    for line in ''.join(lines).split('\n'):
        if True:
            k = line.find('File "')
            if k >= 0:
                q = line.find('"', k + 6)
                line = line[:k + 6] + base(line[k + 6:q]) + line[q:]
            print(line)


def f1():
    f2()


def f2():
    f3()


def f3():
    raise ValueError('deep')


try:
    f1()
except ValueError as e:
    err = e

tb = err.__traceback__
print([fs.name for fs in traceback.extract_tb(tb)])
print([fs.name for fs in traceback.extract_tb(tb, limit=2)])
print([fs.name for fs in traceback.extract_tb(tb, limit=-2)])
print([fs.name for fs in traceback.extract_tb(tb, limit=-10)])
print([fs.name for fs in traceback.extract_tb(tb, limit=0)])
show(traceback.format_exception(err, limit=-1))
print(len(traceback.format_tb(tb, limit=-10)), len(traceback.format_tb(tb)))


# A custom StackSummary: its format_frame_summary is used, None drops one.
class Short(traceback.StackSummary):
    def format_frame_summary(self, fs):
        if fs.name == 'f2':
            return None
        return '%s:%s\n' % (fs.name, fs.lineno - f1.__code__.co_firstlineno)


print(Short.extract(traceback.walk_tb(tb)).format())


# capture_locals: repr of each local, printed sorted under the entry.
def with_locals(k, v):
    a = [1, 2]
    b = 'text'
    return traceback.StackSummary.extract(traceback.walk_stack(None), capture_locals=True, limit=1)


s = with_locals(3, None)
print(s[0].name, s[0].locals)
show(s.format())


# walk_stack(None) starts above the code that walks it (how far above is
# CPython's detail): one call deeper gives one entry more.
def deeper():
    return list(traceback.walk_stack(None))


def level(n):
    if n:
        return level(n - 1)
    return list(traceback.walk_stack(None)), deeper()


s1, s2 = level(5)
print(len(s2) - len(s1), [(f.f_code.co_name, n) for f, n in s2[1:]] == [(f.f_code.co_name, n) for f, n in s1])
print([fs.name for fs in traceback.extract_stack(limit=1)], len(traceback.format_stack(limit=1)))

# FrameSummary: a 4-tuple that compares with tuples, locals as reprs.
fs = traceback.FrameSummary('nofile.py', 3, 'fn', line='  x = 1  ', locals={'x': 1, 's': 'a'})
print(tuple(fs), len(fs), fs[2], fs.line, fs.locals)
print(fs == ('nofile.py', 3, 'fn', 'x = 1'), fs == traceback.FrameSummary('nofile.py', 3, 'fn', line='x = 1'))
print(traceback.FrameSummary('nofile.py', None, 'fn').line, fs.end_lineno, fs.colno, fs.end_colno)
print(traceback.format_list([('a.py', 1, 'f', 'pass'), fs]))


# Recursion: a run of identical entries prints 3 of them and a count.
def rec(n):
    if n == 0:
        raise KeyError('bottom')
    rec(n - 1)


try:
    rec(6)
except KeyError as e:
    show(traceback.format_exception(e))

# Notes: each note split into lines; non-string notes through str(), a
# __notes__ that is no sequence through repr().
e = ValueError(1)
e.add_note('one\ntwo')
e.add_note('three')
print(traceback.format_exception_only(e))


class Note:
    def __str__(self):
        return 'str of note'

    def __repr__(self):
        return 'repr of note'


e.__notes__ = [Note(), 'last']
print(traceback.format_exception_only(e))
e.__notes__ = Note()
print(traceback.format_exception_only(e))

# Exception groups: width and depth limits of TracebackException.
eg = ExceptionGroup('eg', [ValueError(i) for i in range(4)])
show(traceback.TracebackException.from_exception(eg, max_group_width=2).format())
deep = ExceptionGroup('d0', [ExceptionGroup('d1', [ExceptionGroup('d2', [TypeError('t')])]), ValueError('v')])
show(traceback.TracebackException.from_exception(deep, max_group_depth=1).format())

# A group's chained exceptions are boxed too, and a sub-exception's chain
# prints inside its box.
try:
    try:
        raise ExceptionGroup('first', [ValueError('a')])
    except ExceptionGroup:
        raise ExceptionGroup('second', [TypeError('b')])
except ExceptionGroup as e:
    show(traceback.format_exception(e))
try:
    raise KeyError('cause')
except KeyError as k:
    sub = RuntimeError('sub')
    sub.__cause__ = k
show(traceback.format_exception(ExceptionGroup('wrap', [sub])))

# The parts of split() have __suppress_context__ set, as CPython's.
eg = ExceptionGroup('g', [ValueError(1), TypeError(2)])
eg.__context__ = KeyError(3)
m, r = eg.split(ValueError)
print(m.__suppress_context__, r.__suppress_context__, repr(m.__context__))

# SyntaxError fields of TracebackException and their report.
for err in [SyntaxError('bad', ('f.py', 3, 5, '  x = (1 2\n', 3, 9)),
            SyntaxError('bad', ('f.py', None, None, None)),
            SyntaxError('no place'),
            SyntaxError('bad', (None, 100, 0, None))]:
    te = traceback.TracebackException.from_exception(err)
    print(te.filename, repr(te.lineno), te.offset, te.end_offset, te.msg)
    print(list(te.format_exception_only()))

print(traceback.format_exception(None), traceback.format_exception_only(None))
print('print_list' in traceback.__all__, 'clear_frames' in traceback.__all__)
print(repr(traceback.print_exception.__defaults__[0]))
