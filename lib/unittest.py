# unittest: enough of the standard test framework for third-party test files
# to run unchanged: TestCase with fixtures, cleanups, subTest and the assert*
# methods; skip/expectedFailure decorators; TestSuite, TestLoader,
# TestResult/TextTestResult, TextTestRunner and main().  Reports follow
# CPython 3.11's text layout (on stderr by default).
#
# Left out on purpose: the difflib-based detail of failed container
# comparisons (the first line of each message is CPython's).
# `-m unittest` runs named tests or discovers them (TestLoader.discover).

import sys
import time

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'getTestCaseNames', 'makeSuite', 'findTestCases']

_MAX_SHOWN = 80


class SkipTest(Exception):
    pass


def _short_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_SHOWN:
        text = text[:_MAX_SHOWN] + ' [truncated]...'
    return text


def _line_diff(old, new):
    # Lines prefixed '- ', '+ ' or '  ' along a longest common subsequence
    # (CPython adds '?' hint lines from difflib; those are left out).
    n, m = len(old), len(new)
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if old[i] == new[j]:
                best[i][j] = best[i + 1][j + 1] + 1
            else:
                best[i][j] = max(best[i + 1][j], best[i][j + 1])
    out = []
    i = j = 0
    while i < n or j < m:
        if i < n and j < m and old[i] == new[j]:
            out.append('  ' + old[i])
            i += 1
            j += 1
        elif i < n and (j == m or best[i + 1][j] >= best[i][j + 1]):
            out.append('- ' + old[i])
            i += 1
        else:
            out.append('+ ' + new[j])
            j += 1
    return out


def _repr_diff(first, second):
    return '\n' + '\n'.join(_line_diff(repr(first).split('\n'), repr(second).split('\n')))


def _class_path(cls):
    return '%s.%s' % (cls.__module__, cls.__qualname__)


# ---------------------------------------------------------------------------
# Decorators


def skip(reason):
    def mark(item):
        if not isinstance(item, type):
            original = item

            def skipped_test(*args, **kwargs):
                raise SkipTest(reason)
            skipped_test.__name__ = getattr(original, '__name__', 'skipped_test')
            skipped_test.__doc__ = getattr(original, '__doc__', None)
            item = skipped_test
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if callable(reason) and not isinstance(reason, str):
        # used bare: @skip
        target, reason = reason, ''
        return mark(target)
    return mark


def _keep(item):
    return item


def skipIf(condition, reason):
    return skip(reason) if condition else _keep


def skipUnless(condition, reason):
    return _keep if condition else skip(reason)


def expectedFailure(test_item):
    """Mark a test as expected to fail (a failure counts as a success)."""
    setattr(test_item, '__unittest_expecting_failure__', True)
    return test_item


# ---------------------------------------------------------------------------
# Results


class TestResult(object):

    _stdout_buffer = _stderr_buffer = None
    _mirrorOutput = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.testsRun = 0
        self.shouldStop = self.failfast = self.buffer = self.tb_locals = False
        # (test, formatted traceback) pairs, or (test, reason) for skips
        for name in ('failures', 'errors', 'skipped', 'expectedFailures',
                     'unexpectedSuccesses', 'collectedDurations'):
            setattr(self, name, [])
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    # With buffer (-b), what a test (or a class or module fixture) prints
    # is kept; it is shown after the test's mark, and in its report, only
    # when the test fails or errs.
    def _setupStdout(self):
        if self.buffer:
            if self._stdout_buffer is None:
                import io
                self._stdout_buffer = io.StringIO()
                self._stderr_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            for kept, original in ((sys.stdout, self._original_stdout), (sys.stderr, self._original_stderr)):
                text = kept.getvalue() if hasattr(kept, 'getvalue') else ''
                if text:
                    original.write(_captured_text(kept is sys.stderr, text))
        sys.stdout = self._original_stdout
        sys.stderr = self._original_stderr
        for kept in (self._stdout_buffer, self._stderr_buffer):
            kept.seek(0)
            kept.truncate()

    def _captured(self):
        if not self.buffer or self._stdout_buffer is None:
            return ''
        return (_captured_text(False, self._stdout_buffer.getvalue()) +
                _captured_text(True, self._stderr_buffer.getvalue()))

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def stopTestRun(self):
        pass

    def _describe_exc(self, err, test):
        return _format_failure(err) + self._captured()

    def addError(self, test, err):
        self.errors.append((test, self._describe_exc(err, test)))
        self._mirrorOutput = True
        if getattr(self, 'failfast', False):  # (results of older code lack it)
            self.stop()

    def addFailure(self, test, err):
        self.failures.append((test, self._describe_exc(err, test)))
        self._mirrorOutput = True
        if getattr(self, 'failfast', False):  # (results of older code lack it)
            self.stop()

    def addSubTest(self, test, subtest, err):
        if err is None:
            return
        if getattr(self, 'failfast', False):  # (results of older code lack it)
            self.stop()
        self._mirrorOutput = True
        if issubclass(err[0], test.failureException):
            self.failures.append((subtest, self._describe_exc(err, test)))
        else:
            self.errors.append((subtest, self._describe_exc(err, test)))

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._describe_exc(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        return not self.failures and not self.errors and not getattr(self, 'unexpectedSuccesses', ())

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return '<%s run=%i errors=%i failures=%i>' % (
            _class_path(type(self)), self.testsRun, len(self.errors), len(self.failures))


def _captured_text(is_err, text):
    if not text:
        return ''
    if not text.endswith('\n'):
        text += '\n'
    return ('\nStderr:\n%s' if is_err else '\nStdout:\n%s') % text


def _format_failure(err):
    kind, value, tb = err
    try:
        import traceback
        lines = traceback.format_exception(kind, value, tb)
    except Exception:
        lines = ['%s: %s\n' % (kind.__name__, value)]
    # Frames of this module are noise in a report.
    kept = []
    skipping = False
    for line in lines:
        if line.startswith('  File '):
            where = line.split('"')[1] if line.count('"') >= 2 else ''
            skipping = where == '<frozen unittest>' or where.split('/')[-1] == 'unittest.py'
        elif not line.startswith('    '):
            skipping = False
        if not skipping:
            kept.append(line)
    # A traceback left without frames loses its header too, as CPython's.
    kept = [line for i, line in enumerate(kept)
            if not (line.startswith('Traceback (') and not ''.join(kept[i + 1:i + 2]).startswith('  File '))]
    return ''.join(kept)


class _Writer:
    # The stream with a writeln() helper, as TextTestResult expects.
    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        if name in ('stream', '__getstate__'):
            raise AttributeError(name)
        return getattr(self.stream, name)

    def writeln(self, text=None):
        if text:
            self.stream.write(text)
        self.stream.write('\n')


class TextTestResult(TestResult):
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity, *, durations=None):
        super().__init__(stream, descriptions, verbosity)
        self.descriptions = descriptions
        self.stream = stream
        # verbosity 1: one character per test; 2: one line per test
        self.dots = verbosity == 1
        self.showAll = verbosity > 1
        self._line_open = False

    def getDescription(self, test):
        first = test.shortDescription()
        if self.descriptions and first:
            return '\n'.join((str(test), first))
        return str(test)

    def _word_for(self, test, long_text, short_text):
        if self.showAll:
            nested = isinstance(test, _SubTest)
            if nested or not self._line_open:
                # the "name ... " prefix is no longer on the current line
                if self._line_open:
                    self.stream.writeln()
                self.stream.write(('  ' if nested else '') + self.getDescription(test) + ' ... ')
            self.stream.writeln(long_text)
            self._line_open = False
        elif self.dots:
            self.stream.write(short_text)
        self.stream.flush()

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test) + ' ... ')
            self.stream.flush()
            self._line_open = True

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], test.failureException):
                self._word_for(subtest, 'FAIL', 'F')
            else:
                self._word_for(subtest, 'ERROR', 'E')
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._word_for(test, 'ok', '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._word_for(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._word_for(test, 'FAIL', 'F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._word_for(test, 'skipped %r' % (reason,), 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._word_for(test, 'expected failure', 'x')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._word_for(test, 'unexpected success', 'u')

    def printErrors(self):
        if self.showAll or self.dots:
            # end the line of dots / statuses
            self.stream.writeln()
            self.stream.flush()
        for flavour, items in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, items)
        if self.unexpectedSuccesses:
            self.stream.writeln(self.separator1)
            for test in self.unexpectedSuccesses:
                self.stream.writeln('UNEXPECTED SUCCESS: %s' % self.getDescription(test))
        self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, text in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln('%s: %s' % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln('%s' % text)
            self.stream.flush()


# ---------------------------------------------------------------------------
# Context managers behind assertRaises and assertWarns


class _Catcher:
    def __init__(self, api, expected, case, regex):
        kinds = expected if isinstance(expected, tuple) else (expected,)
        for kind in kinds:
            if not (isinstance(kind, type) and issubclass(kind, self._base)):
                raise TypeError('%s() arg 1 must be %s' % (api, self._base_text))
        self.expected = expected
        self.test_case = case
        if regex is not None:
            import re
            regex = re.compile(regex) if isinstance(regex, str) else regex
        self.expected_regex = regex
        self.msg = None

    def _expected_name(self):
        return getattr(self.expected, '__name__', None) or str(self.expected)

    def _fail(self, text):
        self.test_case.fail(self.test_case._formatMessage(self.msg, text))

    def run_callable(self, args, kwargs):
        # assertRaises(exc, func, *args) form
        if len(args) == 0:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for this function'
                                % (next(iter(kwargs)),))
            return self
        func, args = args[0], args[1:]
        try:
            self.obj_name = func.__name__
        except AttributeError:
            self.obj_name = str(func)
        with self:
            func(*args, **kwargs)
        return None


class _AssertRaisesContext(_Catcher):
    _base = BaseException
    _base_text = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is None:
            name = self._expected_name()
            if getattr(self, 'obj_name', None):
                self._fail('%s not raised by %s' % (name, self.obj_name))
            self._fail('%s not raised' % name)
        if not issubclass(kind, self.expected):
            return False
        self.exception = value
        if self.expected_regex is not None and not self.expected_regex.search(str(value)):
            self._fail('"%s" does not match "%s"' % (self.expected_regex.pattern, str(value)))
        return True


class _AssertWarnsContext(_Catcher):
    _base = Warning
    _base_text = 'a warning type or tuple of warning types'

    def __enter__(self):
        import warnings
        self._guard = warnings.catch_warnings(record=True)
        self._records = self._guard.__enter__()
        warnings.simplefilter('always')
        return self

    def __exit__(self, kind, value, tb):
        self._guard.__exit__(kind, value, tb)
        if kind is not None:
            return False
        first_text = None
        for item in self._records:
            message = item.message
            if not isinstance(message, self.expected):
                continue
            if first_text is None:
                first_text = str(message)
            if self.expected_regex is not None and not self.expected_regex.search(str(message)):
                continue
            self.warning = message
            self.filename = item.filename
            self.lineno = item.lineno
            return None
        if first_text is not None and self.expected_regex is not None:
            self._fail('"%s" does not match "%s"' % (self.expected_regex.pattern, first_text))
        name = self._expected_name()
        if getattr(self, 'obj_name', None):
            self._fail('%s not triggered by %s' % (name, self.obj_name))
        self._fail('%s not triggered' % name)


class _LogCapture:
    # assertLogs / assertNoLogs: while active, the logger's records go only
    # to a list (and their "LEVEL:name:message" text to another).

    def __init__(self, case, logger, level, expect_some):
        self.case = case
        self.logger_name = logger
        self.level = level
        self.expect_some = expect_some

    def __enter__(self):
        import logging
        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger_name
        else:
            logger = logging.getLogger(self.logger_name)
        self.logger = logger
        level = self.level or logging.INFO
        if isinstance(level, str):
            # a level name such as 'WARNING'
            level = logging.getLevelNamesMapping()[level]
        self.level = level
        capture = self

        class Collector(logging.Handler):
            def emit(self, record):
                capture.records.append(record)
                capture.output.append(self.format(record))
        self.records = []
        self.output = []
        handler = Collector()
        handler.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
        self.saved = (logger.handlers[:], logger.level, logger.propagate)
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        return self if self.expect_some else None

    def __exit__(self, kind, value, tb):
        import logging
        logger = self.logger
        logger.handlers, level, logger.propagate = self.saved
        logger.setLevel(level)
        if kind is not None:
            return False
        if self.expect_some and not self.records:
            self.case.fail('no logs of level %s or higher triggered on %s'
                           % (logging.getLevelName(self.level), logger.name))
        if not self.expect_some and self.records:
            self.case.fail('Unexpected logs found: %r' % (self.output,))
        return None


# ---------------------------------------------------------------------------
# Running one test: collects what happened, including subtests


class _Run:
    def __init__(self, result):
        self.result = result
        self.ok = True
        self.expecting_failure = False
        self.expected_failure = None
        self.skipped = False

    def guard(self, case, step, args=(), kwargs={}):
        # Call step(*args, **kwargs); record any exception on the result.
        # Returns True when the step finished normally.
        try:
            step(*args, **kwargs)
            return True
        except KeyboardInterrupt:
            raise
        except _Halt:
            pass
        except SkipTest as why:
            self.skipped = True
            if self.result is not None:
                _add_skip(self.result, case, str(why))
        except BaseException as exc:
            info = (type(exc), exc, exc.__traceback__)
            self.ok = False
            if self.result is None:
                pass
            elif self.expecting_failure:
                self.expected_failure = info
            elif isinstance(exc, case.failureException):
                self.result.addFailure(case, info)
            else:
                self.result.addError(case, info)
        return False


def _add_skip(result, test, reason):
    # A result written before skips existed has no addSkip: the test then
    # counts as a pass, with a warning, as CPython does.
    add = getattr(result, 'addSkip', None)
    if add is not None:
        add(test, reason)
    else:
        import warnings
        warnings.warn('TestResult has no addSkip method, skips not reported', RuntimeWarning, 2)
        result.addSuccess(test)


class _UnexpectedSuccess(Exception):
    pass


def _warn_test_return(method, level):
    # (level: the frames up to the code that ran the test, the warning's place)
    import warnings
    warnings.warn('It is deprecated to return a value that is not None from a test case (%s)' % (method,),
                  DeprecationWarning, stacklevel=level)


class _Halt(Exception):
    # Ends a test body after a failed subtest (failfast, expected failure).
    pass


class _SubTest:
    def __init__(self, case, message, params):
        self.test_case = case
        self._label_msg = message
        self.params = params
        self.failureException = case.failureException

    def _label(self):
        parts = []
        if self._label_msg is not _NO_MESSAGE:
            parts.append('[%s]' % (self._label_msg,))
        if self.params:
            parts.append('(%s)' % ', '.join('%s=%r' % kv for kv in self.params.items()))
        return ' '.join(parts) or '(<subtest>)'

    def id(self):
        return '%s %s' % (self.test_case.id(), self._label())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return '%s %s' % (self.test_case, self._label())

    def countTestCases(self):
        return 0


_NO_MESSAGE = object()


class _SubTestScope:
    def __init__(self, case, subtest):
        self.case = case
        self.subtest = subtest

    def __enter__(self):
        return None

    def __exit__(self, kind, value, tb):
        run = self.case._run_state
        if kind is None:
            return False
        if issubclass(kind, KeyboardInterrupt):
            return False
        if issubclass(kind, SkipTest):
            _add_skip(run.result, self.subtest, str(value))
            return True
        run.ok = False
        info = (kind, value, tb if tb is not None else value.__traceback__)
        if run.expecting_failure:
            run.expected_failure = info
            raise _Halt()
        run.result.addSubTest(self.case, self.subtest, info)
        if getattr(run.result, "failfast", False):
            raise _Halt()
        return True


# ---------------------------------------------------------------------------
# TestCase


class TestCase(object):

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _class_level_cleanups = []

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._run_state = None
        self._pending_cleanups = []
        self._testMethodDoc = 'No test'
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError('no such test method in %s: %s' % (self.__class__, methodName))
        else:
            self._testMethodDoc = method.__doc__
        self._equality_checks = {}

    def __init_subclass__(cls, *args, **kwargs):
        cls._class_level_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    # -- fixtures and bookkeeping --

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, /, *args, **kwargs):
        self._pending_cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        value = type(cm).__enter__(cm)
        self.addCleanup(type(cm).__exit__, cm, None, None, None)
        return value

    @classmethod
    def enterClassContext(cls, cm):
        value = type(cm).__enter__(cm)
        cls.addClassCleanup(type(cm).__exit__, cm, None, None, None)
        return value

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_level_cleanups.append((function, args, kwargs))

    def doCleanups(self):
        # (Called outside run(), as after debug(): a failing cleanup only
        # makes the answer False, as CPython's.)
        run = self._run_state or _Run(None)
        while self._pending_cleanups:
            function, args, kwargs = self._pending_cleanups.pop()
            run.guard(self, self._callCleanup, (function,) + tuple(args), kwargs)
        return run.ok

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []
        pending = cls._class_level_cleanups
        while pending:
            function, args, kwargs = pending.pop()
            try:
                function(*args, **kwargs)
            except Exception as problem:
                cls.tearDown_exceptions.append((type(problem), problem, problem.__traceback__))

    def defaultTestResult(self):
        return TestResult()

    def countTestCases(self):
        return 1

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split('\n')[0].strip() if doc else None

    def id(self):
        return '%s.%s' % (_class_path(self.__class__), self._testMethodName)

    def __eq__(self, other):
        # same class and same method name
        if type(self) is type(other):
            return self._testMethodName == other._testMethodName
        return NotImplemented

    def __hash__(self):
        return hash((self._testMethodName, type(self)))

    def __str__(self):
        return '%s (%s.%s)' % (self._testMethodName, _class_path(self.__class__),
                               self._testMethodName)

    def __repr__(self):
        return '<%s testMethod=%s>' % (_class_path(self.__class__), self._testMethodName)

    def subTest(self, msg=_NO_MESSAGE, **params):
        if self._run_state is None:
            return _NoScope(self, None)
        return _SubTestScope(self, _SubTest(self, msg, params))

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    # -- running --

    def _skip_reason(self, method):
        for holder in (self.__class__, method):
            if getattr(holder, '__unittest_skip__', False):
                return getattr(holder, '__unittest_skip_why__', '')
        return None

    def run(self, result=None):
        own_result = result is None
        if own_result:
            result = self.defaultTestResult()
            starter = getattr(result, 'startTestRun', None)
            if starter is not None:
                starter()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            reason = self._skip_reason(method)
            if reason is not None:
                _add_skip(result, self, reason)
                return result
            run = _Run(result)
            run.expecting_failure = (getattr(method, '__unittest_expecting_failure__', False)
                                     or getattr(self, '__unittest_expecting_failure__', False))
            self._run_state = run
            try:
                if run.guard(self, self._callSetUp):
                    run.guard(self, self._callTestMethod, (method,))
                    run.guard(self, self._callTearDown)
                self.doCleanups()
                if run.skipped:
                    pass
                elif run.expecting_failure:
                    # (older results lack these: reported as a pass and a
                    # failure, with a warning, as CPython does)
                    if run.expected_failure is not None:
                        if hasattr(result, 'addExpectedFailure'):
                            result.addExpectedFailure(self, run.expected_failure)
                        else:
                            import warnings
                            warnings.warn('TestResult has no addExpectedFailure method, reporting as passes',
                                          RuntimeWarning)
                            result.addSuccess(self)
                    elif hasattr(result, 'addUnexpectedSuccess'):
                        result.addUnexpectedSuccess(self)
                    else:
                        import warnings
                        warnings.warn('TestResult has no addUnexpectedSuccess method, reporting as failure',
                                      RuntimeWarning)
                        try:
                            raise _UnexpectedSuccess from None
                        except _UnexpectedSuccess as e:
                            result.addFailure(self, (_UnexpectedSuccess, e, e.__traceback__))
                elif run.ok:
                    result.addSuccess(self)
            finally:
                self._run_state = None
            return result
        finally:
            result.stopTest(self)
            if own_result:
                stopper = getattr(result, 'stopTestRun', None)
                if stopper is not None:
                    stopper()

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            _warn_test_return(method, 4)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def debug(self):
        """Run the test without collecting errors in a TestResult."""
        method = getattr(self, self._testMethodName)
        reason = self._skip_reason(method)
        if reason is not None:
            raise SkipTest(reason)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        while self._pending_cleanups:
            function, args, kwargs = self._pending_cleanups.pop()
            self._callCleanup(function, *args, **kwargs)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    # -- messages --

    def _formatMessage(self, msg, standardMsg):
        if msg is None:
            return standardMsg
        if self.longMessage:
            return '%s : %s' % (standardMsg, msg)
        return msg or standardMsg

    def _clip(self, head, detail):
        limit = self.maxDiff
        if limit is None or len(detail) <= limit:
            return head + detail
        return head + ('\nDiff is %s characters long. Set self.maxDiff to None to see it.'
                       % len(detail))

    def _complain(self, msg, text):
        raise self.failureException(self._formatMessage(msg, text))

    # -- assertions --

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._complain(msg, '%s is not true' % _short_repr(expr))

    def assertFalse(self, expr, msg=None):
        if expr:
            self._complain(msg, '%s is not false' % _short_repr(expr))

    def assertRaises(self, expected_exception, *args, **kwargs):
        return _AssertRaisesContext('assertRaises', expected_exception, self, None).run_callable(args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        return _AssertRaisesContext('assertRaisesRegex', expected_exception, self, expected_regex).run_callable(args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        return _AssertWarnsContext('assertWarns', expected_warning, self, None).run_callable(args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        return _AssertWarnsContext('assertWarnsRegex', expected_warning, self, expected_regex).run_callable(args, kwargs)

    def assertLogs(self, logger=None, level=None):
        return _LogCapture(self, logger, level, True)

    def assertNoLogs(self, logger=None, level=None):
        return _LogCapture(self, logger, level, False)

    def addTypeEqualityFunc(self, typeobj, function):
        self._equality_checks[typeobj] = function

    def _pick_equality(self, first, second):
        if type(first) is type(second):
            named = self._equality_checks.get(type(first))
            if named is not None:
                return named if callable(named) else getattr(self, named)
            special = _TYPED_EQUALITY.get(type(first))
            if special is not None:
                return getattr(self, special)
        return self._plain_equal

    def _plain_equal(self, first, second, msg=None):
        if not first == second:
            self._complain(msg, '%s != %s' % (_short_repr(first), _short_repr(second)))

    def assertEqual(self, first, second, msg=None):
        self._pick_equality(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._complain(msg, '%s == %s' % (_short_repr(first), _short_repr(second)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            # equal values pass whatever the tolerance
            return
        if None not in (delta, places):
            raise TypeError('specify delta or places not both')
        gap = abs(first - second)
        if delta is not None:
            if gap <= delta:
                return
            text = '%s != %s within %s delta (%s difference)' % (
                _short_repr(first), _short_repr(second), _short_repr(delta), _short_repr(gap))
        else:
            places = 7 if places is None else places
            if round(gap, places) == 0:
                return
            text = '%s != %s within %r places (%s difference)' % (
                _short_repr(first), _short_repr(second), places, _short_repr(gap))
        self._complain(msg, text)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        gap = abs(first - second)
        if delta is not None:
            if not first == second and gap > delta:
                return
            text = '%s == %s within %s delta (%s difference)' % (
                _short_repr(first), _short_repr(second), _short_repr(delta), _short_repr(gap))
        else:
            places = 7 if places is None else places
            if not first == second and round(gap, places) != 0:
                return
            text = '%s == %s within %r places' % (_short_repr(first), _short_repr(second), places)
        self._complain(msg, text)

    def _sequence_header(self, first, second, seq_type):
        kind = seq_type.__name__.capitalize() if seq_type is not None else 'Sequence'
        return '%ss differ: %s != %s' % (kind, _short_repr(first, True), _short_repr(second, True))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            name = seq_type.__name__
            for which, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException('%s sequence is not a %s: %s'
                                                % (which, name, _short_repr(seq)))
        if seq1 == seq2:
            return
        noun = seq_type.__name__ if seq_type is not None else 'sequence'
        text = self._sequence_header(seq1, seq2, seq_type) + '\n'
        try:
            n1, n2 = len(seq1), len(seq2)
        except (TypeError, NotImplementedError):
            self._complain(msg, text)
        for i in range(min(n1, n2)):
            a, b = seq1[i], seq2[i]
            if a != b:
                text += '\nFirst differing element %d:\n%s\n%s\n' % (
                    i, _short_repr(a, True), _short_repr(b, True))
                break
        else:
            if n1 == n2 and seq_type is None:
                # Equal items in sequences of different types (a list and
                # a tuple): equal as sequences.
                return
        if n1 != n2:
            longer, shorter = (seq1, n2) if n1 > n2 else (seq2, n1)
            text += '\n%s %s contains %d additional elements.\nFirst extra element %d:\n%s\n' % (
                'First' if n1 > n2 else 'Second', noun, abs(n1 - n2), shorter,
                _short_repr(longer[shorter]))
        self._complain(msg, self._clip(text, _repr_diff(seq1, seq2)))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        extra = []
        for which, one, other in (('first', set1, set2), ('second', set2, set1)):
            try:
                extra.append(one.difference(other))
            except TypeError as err:
                self.fail('invalid type when attempting set difference: %s' % err)
            except AttributeError as err:
                self.fail('%s argument does not support set difference: %s' % (which, err))
        if not (extra[0] or extra[1]):
            return
        parts = []
        for title, items in zip(('Items in the first set but not the second:',
                                 'Items in the second set but not the first:'), extra):
            if items:
                parts.append(title)
                parts.extend(repr(item) for item in items)
        self._complain(msg, '\n'.join(parts))

    def assertDictEqual(self, d1, d2, msg=None):
        for which, d in (('First', d1), ('Second', d2)):
            if not isinstance(d, dict):
                raise self.failureException('%s argument is not a dictionary' % which)
        if d1 != d2:
            head = '%s != %s' % (_short_repr(d1, True), _short_repr(d2, True))
            self._complain(msg, self._clip(head, _repr_diff(d1, d2)))

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        import warnings
        warnings.warn('assertDictContainsSubset is deprecated', DeprecationWarning)
        missing = [k for k in subset if k not in dictionary]
        wrong = ['%s, expected: %s, actual: %s' % (_short_repr(k), _short_repr(v), _short_repr(dictionary[k]))
                 for k, v in subset.items() if k in dictionary and v != dictionary[k]]
        if missing or wrong:
            text = 'Missing: %s' % ','.join(_short_repr(k) for k in missing) if missing else ''
            if wrong:
                text += ('; ' if text else '') + 'Mismatched values: %s' % ','.join(wrong)
            self.fail(self._formatMessage(msg, text))

    def assertMultiLineEqual(self, first, second, msg=None):
        for which, s in (('First', first), ('Second', second)):
            if not isinstance(s, str):
                raise self.failureException('%s argument is not a string' % which)
        if first != second:
            head = '%s != %s' % (_short_repr(first, True), _short_repr(second, True))
            old, new = first.splitlines(True), second.splitlines(True)
            if len(old) == 1 and first.strip('\r\n') == first:
                # (one line without an end: both get one, as CPython's)
                old, new = [first + '\n'], [second + '\n']
            self._complain(msg, self._clip(head, '\n' + ''.join(_line_diff(old, new))))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._complain(msg, '%s not found in %s' % (_short_repr(member), _short_repr(container)))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._complain(msg, '%s unexpectedly found in %s'
                           % (_short_repr(member), _short_repr(container)))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._complain(msg, '%s is not %s' % (_short_repr(expr1), _short_repr(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._complain(msg, 'unexpectedly identical: %s' % _short_repr(expr1))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._complain(msg, '%s is not None' % _short_repr(obj))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._complain(msg, 'unexpectedly None')

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._complain(msg, '%s is not an instance of %r' % (_short_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._complain(msg, '%s is an instance of %r' % (_short_repr(obj), cls))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._complain(msg, '%s not greater than %s' % (_short_repr(a), _short_repr(b)))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._complain(msg, '%s not greater than or equal to %s'
                           % (_short_repr(a), _short_repr(b)))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._complain(msg, '%s not less than %s' % (_short_repr(a), _short_repr(b)))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._complain(msg, '%s not less than or equal to %s'
                           % (_short_repr(a), _short_repr(b)))

    def assertCountEqual(self, first, second, msg=None):
        a, b = list(first), list(second)
        # (element, count in first, count in second) for every mismatch,
        # in order of first appearance; works for unhashable elements too.
        seen = []
        rows = []
        for item in a + b:
            if any(item == s for s in seen):
                continue
            seen.append(item)
            n1 = sum(1 for x in a if x == item)
            n2 = sum(1 for x in b if x == item)
            if n1 != n2:
                rows.append((n1, n2, item))
        if rows:
            lines = ['First has %d, Second has %d:  %s' % (n1, n2, _short_repr(item))
                     for n1, n2, item in rows]
            self._complain(msg, 'Element counts were not equal:\n' + '\n'.join(lines))

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if isinstance(expected_regex, (str, bytes)):
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self._complain(msg, "Regex didn't match: %r not found in %r"
                           % (expected_regex.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found:
            self._complain(msg, 'Regex matched: %r matches %r in %r'
                           % (text[found.start():found.end()], unexpected_regex.pattern, text))

    # Old spellings, still accepted by 3.11.
    assertEquals = failUnlessEqual = assertEqual
    assertNotEquals = failIfEqual = assertNotEqual
    assertAlmostEquals = failUnlessAlmostEqual = assertAlmostEqual
    assertNotAlmostEquals = failIfAlmostEqual = assertNotAlmostEqual
    assert_ = failUnless = assertTrue
    failIf = assertFalse
    failUnlessRaises = assertRaises
    assertRaisesRegexp = assertRaisesRegex
    assertRegexpMatches = assertRegex
    assertNotRegexpMatches = assertNotRegex


_TYPED_EQUALITY = {dict: 'assertDictEqual', list: 'assertListEqual', tuple: 'assertTupleEqual',
                   set: 'assertSetEqual', frozenset: 'assertSetEqual', str: 'assertMultiLineEqual'}


class _NoScope(_SubTestScope):
    # subTest() outside a running test: does nothing.
    def __exit__(self, kind, value, tb):
        return False


class FunctionTestCase(TestCase):

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._fn = testFunc
        self._before = setUp
        self._after = tearDown
        self._text_override = description

    def setUp(self):
        if self._before is not None:
            self._before()

    def tearDown(self):
        if self._after is not None:
            self._after()

    def runTest(self):
        self._fn()

    def id(self):
        return self._fn.__name__

    def __str__(self):
        return '%s (%s)' % (_class_path(self.__class__), self._fn.__name__)

    def __repr__(self):
        return '<%s tec=%s>' % (_class_path(self.__class__), self._fn)

    def shortDescription(self):
        text = self._text_override
        if text is None:
            doc = self._fn.__doc__
            text = doc.split('\n')[0].strip() if doc else None
        return text or None


class IsolatedAsyncioTestCase(TestCase):
    """TestCase whose test methods, asyncSetUp, asyncTearDown and cleanups
    may be coroutines.

    Each test runs in an asyncio.Runner of its own (its event loop, current
    during setUp too) and in the contextvars context copied when the case
    was made; tasks left running are cancelled when the test ends."""

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._asyncioRunner = None
        import contextvars
        self._asyncioTestContext = contextvars.copy_context()

    async def asyncSetUp(self):
        """Awaited before each test, after setUp()."""

    async def asyncTearDown(self):
        """Awaited after each test, before tearDown()."""

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        # (cleanups that are coroutine functions are awaited)
        self.addCleanup(*(func, *args), **kwargs)

    async def enterAsyncContext(self, cm):
        cls = type(cm)
        try:
            enter = cls.__aenter__
            leave = cls.__aexit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the asynchronous context manager protocol"
                            % (cls.__module__, cls.__qualname__)) from None
        value = await enter(cm)
        self.addAsyncCleanup(leave, cm, None, None, None)
        return value

    def _callAsync(self, func, *args, **kwargs):
        import inspect
        assert inspect.iscoroutinefunction(func), '%r is not an async function' % (func,)
        return self._asyncioRunner.run(func(*args, **kwargs), context=self._asyncioTestContext)

    def _callMaybeAsync(self, func, *args, **kwargs):
        import inspect
        if inspect.iscoroutinefunction(func):
            return self._asyncioRunner.run(func(*args, **kwargs), context=self._asyncioTestContext)
        return self._asyncioTestContext.run(func, *args, **kwargs)

    def _callSetUp(self):
        # The loop exists and is current before setUp (get_event_loop there
        # finds it).
        self._asyncioRunner.get_loop()
        self._asyncioTestContext.run(self.setUp)
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._callMaybeAsync(method) is not None:
            _warn_test_return(method, 5)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self._asyncioTestContext.run(self.tearDown)

    def _callCleanup(self, function, /, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    def _setupAsyncioRunner(self):
        import asyncio
        self._asyncioRunner = asyncio.Runner(debug=True)

    def _tearDownAsyncioRunner(self):
        runner, self._asyncioRunner = self._asyncioRunner, None
        if runner is not None:
            runner.close()

    def run(self, result=None):
        self._setupAsyncioRunner()
        try:
            return super().run(result)
        finally:
            self._tearDownAsyncioRunner()

    def debug(self):
        self._setupAsyncioRunner()
        super().debug()
        self._tearDownAsyncioRunner()


# ---------------------------------------------------------------------------
# Suites and loading


class _FixtureError(object):
    # Stands in for a test when a class or module fixture fails.

    def __init__(self, description):
        self.description = description

    def __repr__(self):
        return '<ErrorHolder description=%r>' % (self.description,)

    def __str__(self):
        return self.description

    id = __str__

    def shortDescription(self):
        return None

    def countTestCases(self):
        return 0


class BaseTestSuite(object):

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __repr__(self):
        return '<%s tests=%s>' % (_class_path(self.__class__), list(self))

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return list(self) == list(other)
        return NotImplemented

    def countTestCases(self):
        return sum(t.countTestCases() for t in self._tests)

    def __iter__(self):
        return iter(self._tests)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for item in tests:
            self.addTest(item)

    def addTest(self, test):
        if not callable(test):
            raise TypeError('%r is not callable' % (test,))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated '
                            'before passing them to addTest()')
        self._tests.append(test)

    def run(self, result):
        for test in self:
            if result.shouldStop:
                break
            test(result)
        return result

    def debug(self):
        """Run the tests without collecting errors in a TestResult."""
        for test in self:
            test.debug()

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)


def _flatten(suite, out):
    for item in suite:
        if isinstance(item, BaseTestSuite):
            _flatten(item, out)
        else:
            out.append(item)
    return out


class _DebugResult(object):
    # TestSuite.debug()'s: fixture errors are raised, not recorded.
    shouldStop = False


class TestSuite(BaseTestSuite):
    """A suite that also runs setUpClass/tearDownClass around each class's tests."""

    def debug(self):
        """Run the tests and their fixtures without collecting errors."""
        self.run(_DebugResult(), True)

    def run(self, result, debug=False):
        tests = _flatten(self, [])
        current = None
        class_ok = True
        module = None
        module_ok = True
        for test in tests:
            if result.shouldStop:
                break
            cls = type(test) if isinstance(test, TestCase) else None
            if cls is not current:
                if current is not None:
                    _class_teardown(current, class_ok, result)
                current = cls
                name = cls and cls.__module__
                if name != module:
                    if module is not None:
                        _module_fixture(module, 'tearDownModule', result, module_ok)
                    module = name
                    module_ok = name is None or _module_fixture(name, 'setUpModule', result, True)
                class_ok = module_ok and (cls is None or _class_setup(cls, result))
            if cls is not None and not class_ok:
                continue
            if debug:
                test.debug()
            else:
                test(result)
        if current is not None:
            _class_teardown(current, class_ok, result)
        if module is not None:
            _module_fixture(module, 'tearDownModule', result, module_ok)
        return result


def _buffered(result, fixture, *args):
    # Runs a class or module fixture with the result's output buffering
    # (-b) around it, as a test is.
    up = getattr(result, '_setupStdout', None)
    if up is not None:
        up()
    try:
        return fixture(*args)
    finally:
        down = getattr(result, '_restoreStdout', None)
        if down is not None:
            down()


def _module_fixture(name, fixture, result, module_ok):
    # setUpModule/tearDownModule of the tests' module; module cleanups run
    # after tearDownModule, or at once when setUpModule fails. False: the
    # module's tests must not run.
    if not module_ok:
        return False
    return _buffered(result, _module_fixture_run, name, fixture, result)


def _module_fixture_run(name, fixture, result):
    mod = sys.modules.get(name)
    ok = True
    try:
        getattr(mod, fixture, lambda: None)()
    except SkipTest as why:
        if isinstance(result, _DebugResult):
            raise
        _add_skip(result, _FixtureError('%s (%s)' % (fixture, name)), str(why))
        ok = False
    except Exception as exc:
        if isinstance(result, _DebugResult):
            raise
        result.addError(_FixtureError('%s (%s)' % (fixture, name)), (type(exc), exc, exc.__traceback__))
        ok = False
    if not ok or fixture == 'tearDownModule':
        # (after the except blocks: a cleanup's error is not chained to
        # the fixture's)
        try:
            doModuleCleanups()
        except Exception as exc:
            if isinstance(result, _DebugResult):
                raise
            result.addError(_FixtureError('%s (%s)' % (fixture, name)), (type(exc), exc, exc.__traceback__))
    return ok


def _class_setup(cls, result):
    if getattr(cls, '__unittest_skip__', False):
        return True
    return _buffered(result, _class_setup_run, cls, result)


def _class_setup_run(cls, result):
    try:
        cls.setUpClass()
    except SkipTest as why:
        if isinstance(result, _DebugResult):
            raise
        _add_skip(result, _FixtureError('setUpClass (%s)' % _class_path(cls)), str(why))
    except Exception as exc:
        if isinstance(result, _DebugResult):
            raise
        result.addError(_FixtureError('setUpClass (%s)' % _class_path(cls)),
                        (type(exc), exc, exc.__traceback__))
    else:
        return True
    # (after the except blocks: a cleanup's error is not chained to setUpClass's)
    cls.doClassCleanups()
    for info in cls.tearDown_exceptions:
        result.addError(_FixtureError('setUpClass (%s)' % _class_path(cls)), info)
    return False


def _class_teardown(cls, class_ok, result):
    if not class_ok or getattr(cls, '__unittest_skip__', False):
        return
    _buffered(result, _class_teardown_run, cls, result)


def _class_teardown_run(cls, result):
    try:
        cls.tearDownClass()
    except Exception as exc:
        if isinstance(result, _DebugResult):
            raise
        result.addError(_FixtureError('tearDownClass (%s)' % _class_path(cls)),
                        (type(exc), exc, exc.__traceback__))
    cls.doClassCleanups()
    for info in cls.tearDown_exceptions:
        result.addError(_FixtureError('tearDownClass (%s)' % _class_path(cls)), info)


class TestLoader(object):
    """Builds suites from TestCase classes, modules and dotted names."""

    testMethodPrefix = 'test'
    suiteClass = TestSuite
    testNamePatterns = None

    def __init__(self):
        self.errors = []

    @staticmethod
    def sortTestMethodsUsing(a, b):
        return (a > b) - (a < b)

    def getTestCaseNames(self, testCaseClass):
        prefix = self.testMethodPrefix
        names = [n for n in dir(testCaseClass)
                 if n.startswith(prefix) and callable(getattr(testCaseClass, n, None))]
        if self.testNamePatterns is not None:
            import fnmatch
            full = _class_path(testCaseClass)
            names = [n for n in names
                     if any(fnmatch.fnmatchcase('%s.%s' % (full, n), p) for p in self.testNamePatterns)]
        order = self.sortTestMethodsUsing
        if order is not None:
            import functools
            names.sort(key=functools.cmp_to_key(order))
        return names

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, BaseTestSuite):
            raise TypeError('Test cases should not be derived from TestSuite. '
                            'Maybe you meant to derive from TestCase?')
        names = []
        if testCaseClass not in (TestCase, FunctionTestCase):
            names = self.getTestCaseNames(testCaseClass)
            if not names and hasattr(testCaseClass, 'runTest'):
                names = ['runTest']
        return self.suiteClass([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        # (use_load_tests, the old second argument, is ignored as in CPython)
        if args or 'use_load_tests' in kws:
            import warnings
            warnings.warn('use_load_tests is deprecated and ignored', DeprecationWarning)
            kws.pop('use_load_tests', None)
        if len(args) > 1:
            raise TypeError('loadTestsFromModule() takes 1 positional argument but %d were given' % (len(args) + 1))
        if kws:
            raise TypeError("loadTestsFromModule() got an unexpected keyword argument '%s'" % sorted(kws)[0])
        found = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) \
                    and obj not in (TestCase, FunctionTestCase, IsolatedAsyncioTestCase):
                found.append(self.loadTestsFromTestCase(obj))
        hook = getattr(module, 'load_tests', None)
        suite = self.suiteClass(found)
        if hook is not None:
            try:
                return hook(self, suite, pattern)
            except Exception as e:
                # A failing test named after the module reports it.
                import traceback
                self.errors.append('Failed to call load_tests:\n%s' % traceback.format_exc())
                return self.suiteClass([_failed_test(module.__name__, e, None)])
        return suite

    def loadTestsFromName(self, name, module=None):
        # As CPython's loader, what cannot be imported or found becomes a
        # failing test reporting why.
        parts = name.split('.')
        failed = None
        if module is None:
            # the longest importable prefix is the module (__import__ gives
            # its top package: the rest is found from there)
            for cut in range(len(parts), 0, -1):
                try:
                    module = __import__('.'.join(parts[:cut]))
                except ImportError:
                    failed = self._import_failure(parts[cut - 1])
                    if cut == 1:
                        self.errors.append(failed[1])
                        return failed[0]
                    continue
                parts = parts[1:]
                break
        parent, obj = None, module
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if failed is not None and getattr(obj, '__path__', None) is not None:
                    # (package.wrong_module and package.WrongName look alike:
                    # the import error tells more)
                    self.errors.append(failed[1])
                    return failed[0]
                import traceback
                self.errors.append('Failed to access attribute:\n%s' % traceback.format_exc())
                return self.suiteClass([_failed_test(part, e, None)])
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, type(_failed_test)) and isinstance(parent, type) and issubclass(parent, TestCase):
            case = parent(parts[-1])
            # (a static method is called below, as any callable)
            if not isinstance(getattr(case, parts[-1]), type(_failed_test)):
                return self.suiteClass([case])
        if isinstance(obj, BaseTestSuite):
            return obj
        if callable(obj):
            made = obj()
            if isinstance(made, (TestCase, BaseTestSuite)):
                return made if isinstance(made, BaseTestSuite) else self.suiteClass([made])
            raise TypeError('calling %s returned %s, not a test' % (obj, made))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        # As CPython 3.11: files matching pattern in start_dir and in the
        # packages (directories with __init__.py) below it, imported by their
        # dotted names from top_level_dir (put first on sys.path), sorted.
        import os
        top = os.path.abspath(top_level_dir if top_level_dir is not None else start_dir)
        start = os.path.abspath(start_dir)
        if not os.path.isdir(start):
            raise ImportError('Start directory is not importable: %r' % start_dir)
        if start != top and not os.path.isfile(os.path.join(start, '__init__.py')):
            raise ImportError('Start directory is not importable: %r' % start_dir)
        if top not in sys.path:
            sys.path.insert(0, top)
        self._top_level_dir = top
        return self.suiteClass(self._find_tests(start, top, pattern))

    def _find_tests(self, directory, top, pattern):
        import os
        from fnmatch import fnmatch
        found = []
        for entry in sorted(os.listdir(directory)):
            path = os.path.join(directory, entry)
            name = os.path.relpath(path, top).replace(os.sep, '.')
            if os.path.isfile(path):
                if not (entry.endswith('.py') and entry[:-3].isidentifier() and fnmatch(entry, pattern)):
                    continue
                module = self._import_for_discovery(name[:-3])
                if isinstance(module, BaseTestSuite):
                    found.append(module)
                else:
                    found.append(self.loadTestsFromModule(module, pattern=pattern))
            elif os.path.isdir(path) and entry.isidentifier() \
                    and os.path.isfile(os.path.join(path, '__init__.py')):
                package = self._import_for_discovery(name)
                if isinstance(package, BaseTestSuite):
                    found.append(package)
                elif getattr(package, 'load_tests', None) is not None:
                    found.append(self.loadTestsFromModule(package, pattern=pattern))
                else:
                    found.extend(self._find_tests(path, top, pattern))
        return found

    def _import_for_discovery(self, name):
        # The module, or a suite of one test reporting why it is not there.
        try:
            return _find_module(name)
        except SkipTest as e:
            return self.suiteClass([_failed_test(name, None, str(e))])
        except BaseException as e:
            if isinstance(e, (KeyboardInterrupt, SystemExit)):
                raise
            suite, text = self._import_failure(name)
            self.errors.append(text)
            return suite

    def _import_failure(self, name):
        # (suite of one failing test, its text) for the exception being handled
        import traceback
        text = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
        return self.suiteClass([_failed_test(name, ImportError(text), None)]), text


class _FailedTest(TestCase):
    _reason = _skip = None


_FailedTest.__module__ = 'unittest.loader'


def _failed_test(name, error, skip_reason):
    # A test named after the module that could not be loaded: it raises the
    # import error (or is skipped), as CPython's loader reports it.
    def method(self):
        if skip_reason is not None:
            raise SkipTest(skip_reason)
        raise error
    cls = type('_FailedTest' if skip_reason is None else 'ModuleSkipped', (_FailedTest,), {name: method})
    cls.__module__ = 'unittest.loader'
    return cls(name)


defaultTestLoader = TestLoader()


def _three_way_cmp(x, y):
    return (x > y) - (x < y)


# unittest.util: the helpers of it that tests use.
util = type(sys)('unittest.util')
util.three_way_cmp = _three_way_cmp
util.safe_repr = _short_repr
util.strclass = _class_path
sys.modules['unittest.util'] = util


def _obsolete_loader(api, instead, prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    import warnings
    warnings.warn('unittest.%s() is deprecated and will be removed in Python 3.13. '
                  'Please use unittest.TestLoader.%s() instead.' % (api, instead), DeprecationWarning, stacklevel=3)
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.sortTestMethodsUsing = sortUsing
    loader.testNamePatterns = testNamePatterns
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=_three_way_cmp, testNamePatterns=None):
    return _obsolete_loader('getTestCaseNames', 'getTestCaseNames', prefix, sortUsing,
                            testNamePatterns=testNamePatterns).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=_three_way_cmp, suiteClass=TestSuite):
    return _obsolete_loader('makeSuite', 'loadTestsFromTestCase', prefix, sortUsing,
                            suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=_three_way_cmp, suiteClass=TestSuite):
    return _obsolete_loader('findTestCases', 'loadTestsFromModule', prefix, sortUsing,
                            suiteClass).loadTestsFromModule(module)


_cleanups_at_module_end = []


def addModuleCleanup(function, /, *args, **kwargs):
    _cleanups_at_module_end.append((function, args, kwargs))


def enterModuleContext(cm):
    value = type(cm).__enter__(cm)
    addModuleCleanup(type(cm).__exit__, cm, None, None, None)
    return value


def doModuleCleanups():
    # All of them run, the last added first; then the first error is raised
    # (the others are lost, as in CPython).
    errors = []
    while _cleanups_at_module_end:
        function, args, kwargs = _cleanups_at_module_end.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            errors.append(exc)
    if errors:
        raise errors[0]


# Ctrl-C during a run (-c, catchbreak): the first stops the run after the
# current test, with the results so far reported; a second one is the usual
# KeyboardInterrupt. The state lives in the unittest.signals view (made at
# the end), as CPython's in its module: _results (results told of the
# first Ctrl-C, weakly held) and _interrupt_handler.


class _InterruptHandler(object):
    def __init__(self, default_handler):
        import signal
        self.called = False
        self.original_handler = default_handler
        if default_handler == signal.SIG_DFL:
            default_handler = signal.default_int_handler
        elif default_handler == signal.SIG_IGN:
            default_handler = lambda signum, frame: None
        elif isinstance(default_handler, int) or not callable(default_handler):
            raise TypeError('expected SIGINT signal handler to be signal.SIG_IGN, signal.SIG_DFL, '
                            'or a callable object')
        self.default_handler = default_handler

    def __call__(self, signum, frame):
        import signal
        if signal.getsignal(signal.SIGINT) is not self or self.called:
            # (replaced since, or the second Ctrl-C)
            self.default_handler(signum, frame)
            return
        self.called = True
        for result in list(_registered()):
            result.stop()


def _registered():
    if signals._results is None:
        import weakref
        signals._results = weakref.WeakKeyDictionary()
    return signals._results


def registerResult(result):
    _registered()[result] = 1


def removeResult(result):
    return bool(_registered().pop(result, None))


def installHandler():
    if signals._interrupt_handler is None:
        import signal
        signals._interrupt_handler = _InterruptHandler(signal.getsignal(signal.SIGINT))
        signal.signal(signal.SIGINT, signals._interrupt_handler)


def removeHandler(method=None):
    import signal
    if method is not None:
        # As a decorator: the handler is off while method runs.
        def wrapper(*args, **kwargs):
            installed = signal.getsignal(signal.SIGINT)
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                signal.signal(signal.SIGINT, installed)
        return wrapper
    if signals._interrupt_handler is not None:
        signal.signal(signal.SIGINT, signals._interrupt_handler.original_handler)


# ---------------------------------------------------------------------------
# Runner and main


class TextTestRunner(object):
    """Runs tests and prints the results in text form (to stderr by default)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False,
                 durations=None):
        if resultclass is not None:
            self.resultclass = resultclass
        self.stream = _Writer(sys.stderr if stream is None else stream)
        self.verbosity, self.descriptions = verbosity, descriptions
        self.failfast, self.buffer = failfast, buffer
        self.warnings, self.tb_locals = warnings, tb_locals

    def run(self, test):
        result = self._makeResult()
        registerResult(result)
        result.failfast = self.failfast
        result.buffer = self.buffer
        started = time.perf_counter() if hasattr(time, 'perf_counter') else time.time()
        starter = getattr(result, 'startTestRun', None)
        if starter is not None:
            starter()
        try:
            test(result)
        finally:
            stopper = getattr(result, 'stopTestRun', None)
            if stopper is not None:
                stopper()
        took = (time.perf_counter() if hasattr(time, 'perf_counter') else time.time()) - started
        result.printErrors()
        out = self.stream
        if hasattr(result, 'separator2'):
            out.writeln(result.separator2)
        count = result.testsRun
        out.writeln('Ran %d test%s in %.3fs' % (count, '' if count == 1 else 's', took))
        out.writeln()
        notes = []
        if result.wasSuccessful():
            out.write('OK')
        else:
            out.write('FAILED')
            if result.failures:
                notes.append('failures=%d' % len(result.failures))
            if result.errors:
                notes.append('errors=%d' % len(result.errors))
        for label, name in (('skipped', 'skipped'), ('expected failures', 'expectedFailures'),
                            ('unexpected successes', 'unexpectedSuccesses')):
            items = getattr(result, name, None)  # (an older result may lack them)
            if items:
                notes.append('%s=%d' % (label, len(items)))
        out.write(' (%s)\n' % ', '.join(notes) if notes else '\n')
        out.flush()
        return result

    def _makeResult(self):
        # documented hook: the result object for one run
        return self.resultclass(self.stream, self.descriptions, self.verbosity)


_USAGE = '''usage: %s [-h] [-v] [-q] [-f] [-k TESTNAMEPATTERNS] [tests ...]
'''


def _find_module(dotted):
    found = sys.modules.get(dotted)
    if found is None:
        found = __import__(dotted)
        for part in dotted.split('.')[1:]:
            found = getattr(found, part)
    return found


class TestProgram(object):
    """Loads the tests of a module (or the named ones) and runs them."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        self.module = _find_module(module) if isinstance(module, str) else module
        self.exit, self.verbosity = exit, verbosity
        self.failfast, self.catchbreak, self.buffer = failfast, catchbreak, buffer
        self.warnings, self.tb_locals = warnings, tb_locals
        self.defaultTest, self.testRunner, self.testLoader = defaultTest, testRunner, testLoader
        args = sys.argv if argv is None else argv
        self.progName = args[0].split('/')[-1] if args else 'python -m unittest'
        self.parseArgs(args)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        print(_USAGE % self.progName, end='')
        sys.exit(2)

    def parseArgs(self, argv):
        names = []
        args = list(argv[1:])
        discover = self.module is None and args[:1] == ['discover']
        if discover:
            del args[0]
        options = {}
        patterns = []
        while args:
            arg = args.pop(0)
            if arg in ('-k', '-s', '-p', '-t') or arg[:2] in ('-k', '-s', '-p', '-t') and len(arg) > 2:
                opt = arg[:2]
                if len(arg) > 2:
                    value = arg[2:]
                elif args:
                    value = args.pop(0)
                else:
                    self.usageExit('error: argument %s: expected one argument' % opt)
                if opt == '-k':
                    patterns.append(value if '*' in value else '*%s*' % value)
                elif discover:
                    options[opt] = value
                else:
                    self.usageExit('error: unrecognized arguments: %s' % opt)
            elif arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            elif arg in ('-b', '--buffer'):
                self.buffer = True
            elif arg in ('-c', '--catch'):
                self.catchbreak = True
            elif arg in ('-h', '--help'):
                self.usageExit()
            elif arg.startswith('-'):
                self.usageExit('error: unrecognized arguments: %s' % arg)
            else:
                names.append(arg)
        if patterns:
            self.testNamePatterns = patterns
            self.testLoader.testNamePatterns = patterns
        if self.module is None and not names:
            discover = True  # (plain `-m unittest`)
        if discover:
            # discover [start [pattern [top]]], or -s/-p/-t
            for opt, value in zip(('-s', '-p', '-t'), names):
                options.setdefault(opt, value)
            if len(names) > 3:
                self.usageExit('error: unrecognized arguments: %s' % ' '.join(names[3:]))
            self.test = self.testLoader.discover(options.get('-s', '.'), options.get('-p', 'test*.py'),
                                                 options.get('-t'))
            return
        if self.module is None:
            # A path to a test file names its module (tests/test_a.py -> tests.test_a).
            import os
            names = [os.path.normpath(n)[:-3].replace(os.sep, '.') if n.endswith('.py') and os.path.isfile(n)
                     else n for n in names]
        if not names and self.defaultTest is not None:
            names = [self.defaultTest] if isinstance(self.defaultTest, str) else list(self.defaultTest)
        self.testNames = names or None
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        runner = self.testRunner
        if runner is None:
            runner = TextTestRunner
        if isinstance(runner, type):
            # (runners written for older versions may not take the newer
            # arguments, as CPython allows)
            try:
                runner = runner(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                                warnings=self.warnings, tb_locals=self.tb_locals)
            except TypeError:
                try:
                    runner = runner(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                                    warnings=self.warnings)
                except TypeError:
                    runner = runner()
        if self.catchbreak:
            installHandler()
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(0 if self.result.wasSuccessful() else 1)


main = TestProgram

# Reprs and reports name the submodules of CPython's unittest package.
for _cls, _where in ((SkipTest, 'case'), (TestCase, 'case'), (FunctionTestCase, 'case'),
                     (TestResult, 'result'), (TextTestResult, 'runner'),
                     (TextTestRunner, 'runner'), (BaseTestSuite, 'suite'), (TestSuite, 'suite'),
                     (TestLoader, 'loader'), (TestProgram, 'main'),
                     (IsolatedAsyncioTestCase, 'async_case')):
    _cls.__module__ = 'unittest.' + _where

# CPython's submodules, as views of these names (`from unittest.case import
# SkipTest`, `unittest.runner.TextTestRunner`).
for _where, _names in (
        ('case', 'TestCase FunctionTestCase SkipTest skip skipIf skipUnless expectedFailure '
                 'addModuleCleanup doModuleCleanups enterModuleContext'),
        ('result', 'TestResult'), ('runner', 'TextTestRunner TextTestResult'),
        ('suite', 'BaseTestSuite TestSuite'),
        ('loader', 'TestLoader defaultTestLoader getTestCaseNames makeSuite findTestCases'),
        ('main', 'TestProgram main'), ('async_case', 'IsolatedAsyncioTestCase'),
        ('signals', 'installHandler removeHandler registerResult removeResult')):
    _mod = type(sys)('unittest.' + _where)
    for _name in _names.split():
        setattr(_mod, _name, globals()[_name])
    sys.modules['unittest.' + _where] = _mod
    if _where != 'main':  # (unittest.main is TestProgram)
        globals()[_where] = _mod
signals._results = signals._interrupt_handler = None
del _cls, _where, _names, _name, _mod


if __name__ == '__main__':
    # `-m unittest`: the tests subclass the TestCase of the module imported
    # as unittest, not of this copy running as __main__.
    import unittest
    unittest.main(module=None, argv=['python -m unittest'] + sys.argv[1:])
