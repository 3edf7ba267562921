# setUpModule/tearDownModule and module cleanups around a module's tests,
# and a failing setUpModule that keeps the module's tests from running.
import io
import sys
import unittest

log = []


def setUpModule():
    log.append('setUpModule')
    unittest.addModuleCleanup(log.append, 'module cleanup')


def tearDownModule():
    log.append('tearDownModule')


class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass A')

    def test_one(self):
        log.append('A.test_one')


class B(unittest.TestCase):
    def test_two(self):
        log.append('B.test_two')


def run(*classes):
    stream = io.StringIO()
    suite = unittest.TestSuite()
    for cls in classes:
        suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(cls))
    result = unittest.TextTestRunner(stream=stream).run(suite)
    return result


result = run(A, B)
print(log, result.testsRun, len(result.errors))

del log[:]
setup_ok = setUpModule


def setUpModule():
    log.append('failing setUpModule')
    unittest.addModuleCleanup(log.append, 'cleanup after failure')
    raise ValueError('no module')


result = run(A, B)
print(log, result.testsRun, [str(t) for t, _ in result.errors])

del log[:]


def setUpModule():
    raise unittest.SkipTest('module skipped')


result = run(A)
print(log, result.testsRun, [(str(t), r) for t, r in result.skipped])

# enterModuleContext: entered at once, exited with the module cleanups.
del log[:]


class Ctx:
    def __enter__(self):
        log.append('enter')
        return 'value'

    def __exit__(self, *exc):
        log.append('exit %r' % (exc,))


def setUpModule():
    log.append(unittest.enterModuleContext(Ctx()))


result = run(A)
print(log, result.testsRun)
