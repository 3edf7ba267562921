# cpytest stub: running child interpreters is not supported; every helper
# skips the test that calls it.
import unittest


def _skip(*a, **k):
    raise unittest.SkipTest('script_helper: child interpreters not used under cpytest')


assert_python_ok = assert_python_failure = spawn_python = kill_python = _skip
run_python_until_end = make_script = make_zip_script = make_pkg = _skip
make_zip_pkg = run_test_script = _skip


def interpreter_requires_environment():
    return False
