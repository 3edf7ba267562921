# A result class written before skips, expected failures and unexpected
# successes existed (no addSkip/addExpectedFailure/addUnexpectedSuccess, no
# failfast or unexpectedSuccesses attributes) still runs tests: a skip and
# an expected failure count as passes, an unexpected success as a failure,
# each with a RuntimeWarning, as CPython does; TextTestRunner copes too.
import io
import unittest
import warnings


class OldResult(object):
    def __init__(self):
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.shouldStop = False
        self.buffer = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def addSuccess(self, test):
        print('  success', test._testMethodName)

    def addFailure(self, test, err):
        print('  failure', test._testMethodName, err[0].__name__)
        self.failures.append(test)

    def addError(self, test, err):
        self.errors.append(test)


class Test(unittest.TestCase):
    def test_skip(self):
        self.skipTest('no')

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.fail('as expected')

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass


for name in ('test_skip', 'test_expected_failure', 'test_unexpected_success'):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        result = OldResult()
        Test(name).run(result)
    print(name, len(result.failures), [str(w.message) for w in caught])


def plain_init(self, stream=None, descriptions=None, verbosity=None):
    self.failures = []
    self.errors = []
    self.testsRun = 0
    self.shouldStop = False
    self.buffer = False
    self.tb_locals = False


# TestResult's own methods on a class without the newer ones and attributes.
names = dict(unittest.TestResult.__dict__)
for name in ('addSkip', 'addExpectedFailure', 'addUnexpectedSuccess', '__init__'):
    del names[name]
names['__init__'] = plain_init
Plain = type('Plain', (object,), names)
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, resultclass=Plain)
    result = runner.run(Test('test_skip'))
    print(result.wasSuccessful(), stream.getvalue().splitlines()[-1])
    result = Plain()
    Test('test_unexpected_success').run(result)
    print(result.wasSuccessful(), len(result.failures))
