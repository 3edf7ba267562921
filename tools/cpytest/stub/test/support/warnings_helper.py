# cpytest stub: warning helpers
import sys
import unittest
import warnings
import contextlib


class _Recorder:
    def __init__(self, log):
        self._log = log
        self._last = 0

    def __getattr__(self, attr):
        if self._log[self._last:]:
            return getattr(self._log[-1], attr)
        if attr in ('message', 'category', 'filename', 'lineno', 'line'):
            return None
        raise AttributeError(attr)

    @property
    def warnings(self):
        return self._log[self._last:]

    def reset(self):
        self._last = len(self._log)


@contextlib.contextmanager
def check_warnings(*filters, **kwargs):
    quiet = kwargs.get('quiet')
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter('always')
        rec = _Recorder(log)
        yield rec
    if filters and not quiet:
        import re
        for text, cat in filters:
            if not any(re.match(text, str(w.message)) and issubclass(w.category, cat) for w in log):
                raise AssertionError('unmatched warning filter: %r %r' % (text, cat))


@contextlib.contextmanager
def check_no_warnings(testcase, message='', category=Warning, force_gc=False):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter('always')
        yield
    testcase.assertEqual([w for w in log if issubclass(w.category, category)], [])


def check_no_resource_warning(testcase):
    return check_no_warnings(testcase, category=ResourceWarning)


def check_syntax_warning(testcase, statement, errtext='', *, lineno=1, offset=None):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter('always', SyntaxWarning)
        compile(statement, '<testcase>', 'exec')
    testcase.assertTrue(any(issubclass(w.category, SyntaxWarning) for w in log),
                        'no SyntaxWarning for %r' % statement)


def ignore_warnings(*, category):
    def deco(f):
        def wrapper(self, *a, **k):
            with warnings.catch_warnings():
                warnings.simplefilter('ignore', category=category)
                return f(self, *a, **k)
        wrapper.__name__ = f.__name__
        return wrapper
    return deco


def save_restore_warnings_filters():
    return contextlib.nullcontext()


def _warn_about_deprecation():
    pass


def import_deprecated(name):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', DeprecationWarning)
        mod = __import__(name)
    for part in name.split('.')[1:]:
        mod = getattr(mod, part)
    return mod
