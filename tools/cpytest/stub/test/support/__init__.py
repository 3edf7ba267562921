# Our own minimal replacement for CPython's test.support, written for
# tools/cpytest. It provides the names that CPython's language and library
# tests import. Anything CPython-specific (refcounts, subprocess, big memory,
# implementation details) makes the test skip instead of fail. A name that
# is not defined here resolves through __getattr__ to a placeholder that skips
# whatever uses it, so one missing helper does not kill a whole module.
import sys
import unittest
import contextlib
import io

verbose = 0
# run.py --use RES,... (e.g. network: loopback servers)
use_resources = [r for r in __import__('os').environ.get('CPYTEST_USE', '').split(',') if r]
failfast = False
match_tests = None
real_max_memuse = 0
max_memuse = 0
junit_xml_list = None

TestFailed = AssertionError


class Error(Exception):
    pass


class ResourceDenied(unittest.SkipTest):
    pass


_IS_CPY = sys.implementation.name == 'cpython'
is_jython = False
is_android = False
is_emscripten = False
is_wasi = False
has_fork_support = hasattr(__import__('os'), 'fork')
has_subprocess_support = False
Py_DEBUG = False
PGO = False
PGO_EXTENDED = False
MISSING_C_DOCSTRINGS = not _IS_CPY
HAVE_DOCSTRINGS = _IS_CPY
LOOPBACK_TIMEOUT = 5.0
SHORT_TIMEOUT = 30.0
LONG_TIMEOUT = 300.0
INTERNET_TIMEOUT = 60.0
SUPPORT_TIMEOUT = 60.0
PIPE_MAX_SIZE = 4 * 1024 * 1024 + 1
SOCK_MAX_SIZE = 16 * 1024 * 1024 + 1
MAX_Py_ssize_t = sys.maxsize
NHASHBITS = 61
_1M = 1024 * 1024
_1G = 1024 * _1M
_2G = 2 * _1G
_4G = 4 * _1G
TEST_HOME_DIR = ''
TEST_SUPPORT_DIR = ''
TEST_DATA_DIR = ''
REPO_ROOT = ''
SAVEDCWD = ''


def _skipper(reason):
    # a decorator that skips a test function or a whole TestCase class
    def deco(obj):
        return unittest.skip(reason)(obj)
    return deco


def _passthrough(obj):
    return obj


def cpython_only(obj):
    return obj if _IS_CPY else unittest.skip('CPython only')(obj)


def impl_detail(msg=None, **guards):
    if check_impl_detail(**guards):
        return _passthrough
    return _skipper(msg or 'implementation detail not available')


def check_impl_detail(**guards):
    if not guards:
        return _IS_CPY
    name = sys.implementation.name
    if name in guards:
        return guards[name]
    return not any(guards.values())


def refcount_test(obj):
    return cpython_only(obj)


def requires(resource, msg=None):
    if resource in use_resources:
        return
    raise ResourceDenied(msg or 'resource %r is not enabled' % resource)


def is_resource_enabled(resource):
    return resource in use_resources


def requires_resource(resource):
    if resource in use_resources:
        return _passthrough
    return _skipper('resource %r is not enabled' % resource)


def requires_IEEE_754(obj):
    return obj


def requires_zlib(reason='requires zlib'):
    try:
        import zlib
        return _passthrough
    except ImportError:
        return _skipper(reason)


def requires_gzip(reason='requires gzip'):
    return requires_zlib(reason)


def requires_bz2(reason='requires bz2'):
    return _skipper(reason)


def requires_lzma(reason='requires lzma'):
    return _skipper(reason)


def requires_docstrings(obj):
    return obj if HAVE_DOCSTRINGS else unittest.skip('no docstrings')(obj)


def requires_subprocess():
    return _skipper('subprocess not used under cpytest')


def requires_fork():
    return _skipper('fork not used under cpytest')


def requires_working_socket(*, module=False):
    try:
        import socket
        ok = True
    except ImportError:
        ok = False
    if module:
        if not ok:
            raise unittest.SkipTest('no socket module')
        return None
    return _passthrough if ok else _skipper('no socket module')


def requires_limited_api(obj):
    return unittest.skip('limited C API')(obj)


def requires_legacy_unicode_capi(obj=None):
    # 3.11 uses it as a bare decorator, later versions call it first
    if obj is None:
        return _skipper('legacy unicode C API')
    return unittest.skip('legacy unicode C API')(obj)


def requires_mac_ver(*v):
    # a minimum macOS version: no constraint elsewhere
    return _passthrough if sys.platform != 'darwin' else _skipper('macOS version')


def requires_freebsd_version(*v):
    return _passthrough if not sys.platform.startswith('freebsd') else _skipper('FreeBSD version')


def requires_linux_version(*v):
    return _passthrough


def requires_debug_ranges(msg='requires debug ranges'):
    return _skipper(msg)


def requires_venv_with_pip():
    return _skipper('venv')


def skip_if_pgo_task(obj):
    return obj


def skip_if_sanitizer(*a, **k):
    return _passthrough


def skip_if_buggy_ucrt_strfptime(obj):
    return obj


def skip_unless_bind_unix_socket(obj):
    from test.support import socket_helper
    return socket_helper.skip_unless_bind_unix_socket(obj)


def skip_emscripten_stack_overflow():
    return _passthrough


def check_sanitizer(*a, **k):
    return False


def bigmemtest(size, memuse, dry_run=True):
    def deco(f):
        def wrapper(self):
            if not dry_run:
                raise unittest.SkipTest('big memory test')
            return f(self, 5147)
        wrapper.__name__ = f.__name__
        return wrapper
    return deco


def bigaddrspacetest(f):
    return unittest.skip('big address space test')(f)


def precisionbigmemtest(*a, **k):
    return bigmemtest(*a, **k)


def system_must_validate_cert(f):
    return f


def anticipate_failure(condition):
    return unittest.expectedFailure if condition else _passthrough


def run_with_locale(catstr, *locales):
    return _passthrough


def run_with_tz(tz):
    return _skipper('timezone switching')


def no_tracing(f):
    return f


def reap_threads(f):
    return f


MS_WINDOWS = sys.platform == 'win32'


def reap_children():
    pass


def maybe_get_event_loop_policy():
    try:
        import asyncio
        return asyncio.events._event_loop_policy
    except (ImportError, AttributeError):
        return None


def gc_collect():
    import gc
    gc.collect()
    gc.collect()
    gc.collect()


@contextlib.contextmanager
def disable_gc():
    import gc
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@contextlib.contextmanager
def infinite_recursion(max_depth=75000):
    yield


def setswitchinterval(interval):
    pass


def run_unittest(*classes):
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    for cls in classes:
        if isinstance(cls, str):
            cls = sys.modules[cls]
        if isinstance(cls, type):
            suite.addTest(loader.loadTestsFromTestCase(cls))
        elif isinstance(cls, unittest.TestSuite):
            suite.addTest(cls)
        else:
            suite.addTest(loader.loadTestsFromModule(cls))
    result = unittest.TextTestRunner().run(suite)
    if not result.wasSuccessful():
        raise TestFailed('tests failed')


def run_doctest(module, verbosity=None, optionflags=0):
    raise unittest.SkipTest('doctest not available')


def load_package_tests(pkg_dir, loader, standard_tests, pattern):
    import os
    suite = unittest.TestSuite()
    suite.addTest(standard_tests)
    pkg = os.path.basename(pkg_dir)
    for fn in sorted(os.listdir(pkg_dir)):
        if fn.startswith('test') and fn.endswith('.py'):
            modname = 'test.%s.%s' % (pkg, fn[:-3])
            mod = __import__(modname)
            for part in modname.split('.')[1:]:
                mod = getattr(mod, part)
            suite.addTest(loader.loadTestsFromModule(mod))
    return suite


class _EqAlways:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False


class _EqNever:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        return False

    def __ne__(self, other):
        return True


ALWAYS_EQ = _EqAlways()
NEVER_EQ = _EqNever()


class _Extreme:
    def __init__(self, big):
        self.big = big

    def __eq__(self, other):
        return other is self

    def __ne__(self, other):
        return other is not self

    def __lt__(self, other):
        return not self.big and other is not self

    def __le__(self, other):
        return not self.big or other is self

    def __gt__(self, other):
        return self.big and other is not self

    def __ge__(self, other):
        return self.big or other is self

    def __repr__(self):
        return 'LARGEST' if self.big else 'SMALLEST'


LARGEST = _Extreme(True)
SMALLEST = _Extreme(False)


def check_syntax_error(testcase, statement, errtext='', *, lineno=None, offset=None):
    with testcase.assertRaises(SyntaxError) as cm:
        compile(statement, '<test string>', 'exec')
    err = cm.exception
    if errtext:
        testcase.assertRegex(str(err), errtext)
    if lineno is not None:
        testcase.assertEqual(err.lineno, lineno)
    if offset is not None:
        testcase.assertEqual(err.offset, offset)


@contextlib.contextmanager
def captured_output(stream_name):
    orig = getattr(sys, stream_name)
    buf = io.StringIO()
    setattr(sys, stream_name, buf)
    try:
        yield buf
    finally:
        setattr(sys, stream_name, orig)


def captured_stdout():
    return captured_output('stdout')


def captured_stderr():
    return captured_output('stderr')


def captured_stdin():
    return captured_output('stdin')


@contextlib.contextmanager
def swap_attr(obj, attr, new_val):
    if hasattr(obj, attr):
        old = getattr(obj, attr)
        setattr(obj, attr, new_val)
        try:
            yield old
        finally:
            setattr(obj, attr, old)
    else:
        setattr(obj, attr, new_val)
        try:
            yield None
        finally:
            if hasattr(obj, attr):
                delattr(obj, attr)


@contextlib.contextmanager
def swap_item(obj, item, new_val):
    if item in obj:
        old = obj[item]
        obj[item] = new_val
        try:
            yield old
        finally:
            obj[item] = old
    else:
        obj[item] = new_val
        try:
            yield None
        finally:
            if item in obj:
                del obj[item]


def get_attribute(obj, name):
    try:
        return getattr(obj, name)
    except AttributeError:
        raise unittest.SkipTest('object %r has no attribute %r' % (obj, name))


def findfile(filename, subdir=None):
    import os
    here = os.path.dirname(os.path.dirname(__file__))
    for cand in ((here, subdir, filename) if subdir else (here, filename),):
        path = os.path.join(*cand)
        if os.path.exists(path):
            return path
    return filename


def open_urlresource(*a, **k):
    raise unittest.SkipTest('no network resources')


def check_free_after_iterating(test, iter, cls, args=()):
    raise unittest.SkipTest('relies on refcounting')


def check_sizeof(test, o, size):
    raise unittest.SkipTest('sys.getsizeof layout is CPython specific')


def calcobjsize(fmt):
    raise unittest.SkipTest('object layout is CPython specific')


def calcvobjsize(fmt):
    raise unittest.SkipTest('object layout is CPython specific')


def check_disallow_instantiation(testcase, tp, *args, **kwds):
    with testcase.assertRaises(TypeError):
        tp(*args, **kwds)


def check__all__(test_case, module, name_of_module=None, extra=(), not_exported=()):
    raise unittest.SkipTest('check__all__ needs CPython module metadata')


def catch_unraisable_exception():
    raise unittest.SkipTest('sys.unraisablehook not used under cpytest')


@contextlib.contextmanager
def adjust_int_max_str_digits(max_digits):
    getter = getattr(sys, 'get_int_max_str_digits', None)
    if getter is None:
        yield
        return
    old = getter()
    sys.set_int_max_str_digits(max_digits)
    try:
        yield
    finally:
        sys.set_int_max_str_digits(old)


def wait_process(pid, *, exitcode, timeout=None):
    import os
    _, status = os.waitpid(pid, 0)


def collision_stats(nbins, nballs):
    raise unittest.SkipTest('collision_stats')


def python_is_optimized():
    return True


def patch(test_instance, object_to_patch, attr_name, new_value):
    old = getattr(object_to_patch, attr_name)
    setattr(object_to_patch, attr_name, new_value)
    test_instance.addCleanup(setattr, object_to_patch, attr_name, old)


def sortdict(d):
    return '{%s}' % ', '.join('%r: %r' % kv for kv in sorted(d.items()))


def busy_retry(timeout, err_msg=None, *, error=True):
    # yield until the loop body breaks out or the timeout runs out
    import time
    end = time.monotonic() + timeout
    while True:
        yield
        if time.monotonic() >= end:
            break
    if error:
        raise AssertionError(err_msg or 'timeout (%.1f seconds)' % timeout)


def sleeping_retry(timeout, err_msg=None, *, init_delay=0.010, max_delay=1.0, error=True):
    import time
    delay = init_delay
    for _ in busy_retry(timeout, err_msg, error=error):
        yield
        time.sleep(delay)
        delay = min(delay * 2, max_delay)


class _Missing:
    # stands for a helper this stub lacks: as a decorator it skips the test,
    # called in any other way it skips the running test
    def __init__(self, name):
        self.name = name

    def __call__(self, *args, **kwargs):
        if len(args) == 1 and not kwargs and (isinstance(args[0], type) or callable(args[0])):
            return unittest.skip('test.support.%s missing in cpytest stub' % self.name)(args[0])
        raise unittest.SkipTest('test.support.%s missing in cpytest stub' % self.name)

    def __getattr__(self, attr):
        return _Missing(self.name + '.' + attr)

    def __bool__(self):
        return False

    def __enter__(self):
        raise unittest.SkipTest('test.support.%s missing in cpytest stub' % self.name)

    def __exit__(self, *a):
        return False


_SUBMODULES = ('import_helper', 'os_helper', 'warnings_helper', 'script_helper',
               'threading_helper', 'hashlib_helper', 'socket_helper', 'logging_helper')


def __getattr__(name):
    if name.startswith('__'):
        raise AttributeError(name)
    if name in _SUBMODULES:
        mod = __import__('test.support.' + name)
        return getattr(mod.support, name)
    return _Missing(name)
