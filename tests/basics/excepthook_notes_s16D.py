# The built-in sys.excepthook's report: notes through str() (one per line),
# and an exception group, or a chain holding one, in CPython's boxed layout.
import sys


class Note:
    def __str__(self):
        return 'str of note'

    def __repr__(self):
        return 'repr of note'


e = ValueError('v')
e.add_note('plain')
e.__notes__.append(Note())
e.__notes__.append('two\nlines')
try:
    raise ExceptionGroup('g', [KeyError('k')])
except ExceptionGroup as g:
    try:
        raise RuntimeError('while handling')
    except RuntimeError as r:
        chained = r
chained.__traceback__ = None
chained.__context__.__traceback__ = None
old = sys.stderr
sys.stderr = sys.stdout
try:
    sys.excepthook(ValueError, e, None)
    sys.excepthook(ExceptionGroup, ExceptionGroup('outer', [e, TypeError('t')]), None)
    sys.excepthook(RuntimeError, chained, None)
finally:
    sys.stderr = old
