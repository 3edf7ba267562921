# unittest (frozen pure-Python module, lib/unittest.py): TestCase, assert*
# messages, fixtures, subTest, skips, expected failures, suites, loader and
# the text runner. The report goes to a StringIO and is printed with the
# timing and traceback bodies removed (they differ between interpreters).
import io
import re
import sys
import unittest
import warnings


def report(stream_text):
    for line in stream_text.split('\n'):
        if line.startswith('Traceback') or line.startswith('  File') or line.startswith('    '):
            continue
        print(re.sub(r'in \d+\.\d+s', 'in X.XXXs', line))


def run_case(*classes, verbosity=2, **kw):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite([loader.loadTestsFromTestCase(c) for c in classes])
    out = io.StringIO()
    result = unittest.TextTestRunner(stream=out, verbosity=verbosity, **kw).run(suite)
    report(out.getvalue())
    print('result:', result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
    return result


log = []


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown')

    def test_one(self):
        """First line of the doc.

        More text."""
        self.assertEqual(1 + 1, 2)

    def test_two(self):
        self.assertEqual(2, 3)

    def test_three_error(self):
        raise KeyError('boom')

    def helper(self):
        log.append('not a test')


run_case(Fixtures)
print(log)


class Features(unittest.TestCase):
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i, name='x'):
                self.assertLess(i, 2)
        with self.subTest('labelled'):
            raise ValueError('in subtest')

    def test_subtests_pass(self):
        for i in range(3):
            with self.subTest(i):
                self.assertGreaterEqual(i, 0)

    @unittest.skip('not today')
    def test_skipped(self):
        print('never')

    def test_skip_inside(self):
        self.skipTest('decided at run time')

    @unittest.skipIf(True, 'condition true')
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, 'not skipped')
    def test_skip_unless_runs(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_fail(self):
        self.fail('explicit failure')


run_case(Features)
run_case(Features, verbosity=1)
run_case(Features, verbosity=0)


@unittest.skip('whole class')
class SkippedClass(unittest.TestCase):
    def test_a(self):
        print('never')


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('setUpClass broke')

    def test_a(self):
        print('never')


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise OSError('setUp broke')

    def tearDown(self):
        print('tearDown must not run')

    def test_a(self):
        print('never')


run_case(SkippedClass, BrokenSetUpClass, BrokenSetUp)


# assert* messages, called directly.
class Probe(unittest.TestCase):
    def runTest(self):
        pass


t = Probe()
checks = [
    lambda: t.assertEqual(1, 2),
    lambda: t.assertEqual(3, 4, 'custom'),
    lambda: t.assertNotEqual(3, 3),
    lambda: t.assertTrue(0),
    lambda: t.assertFalse([1]),
    lambda: t.assertIs(1, None),
    lambda: t.assertIsNot(None, None),
    lambda: t.assertIsNone(5),
    lambda: t.assertIsNotNone(None),
    lambda: t.assertIn(4, [1, 2]),
    lambda: t.assertNotIn(1, [1, 2]),
    lambda: t.assertIsInstance(3, str),
    lambda: t.assertNotIsInstance(3, int),
    lambda: t.assertGreater(1, 2),
    lambda: t.assertGreaterEqual(1, 2),
    lambda: t.assertLess(2, 1),
    lambda: t.assertLessEqual(2, 1),
    lambda: t.assertAlmostEqual(1.0, 1.1),
    lambda: t.assertAlmostEqual(1.0, 1.1, places=3),
    lambda: t.assertAlmostEqual(1.0, 1.5, delta=0.25),
    lambda: t.assertNotAlmostEqual(1.0, 1.00000001),
    lambda: t.assertCountEqual([1, 2, 2], [2, 1, 3]),
    lambda: t.assertRegex('hello', 'z+'),
    lambda: t.assertNotRegex('hello', 'l+'),
    lambda: t.assertDictEqual({'a': 1}, {'a': 2}),
    lambda: t.assertSetEqual({1, 2}, {2, 3}),
    lambda: t.assertTupleEqual((1,), [1]),
    lambda: t.assertSequenceEqual([1, 2, 3], [1, 2]),
    lambda: t.assertListEqual([1, 2], [1, 2, 5]),
    lambda: t.assertEqual((1, 2), (1, 3)),
    lambda: t.assertRaises(ValueError, int, '5'),
    lambda: t.assertRaises((ValueError, KeyError), int, '5'),
    lambda: t.assertRaisesRegex(ValueError, 'xyz', int, 'abc'),
    lambda: t.assertWarns(UserWarning, lambda: None),
]
for check in checks:
    try:
        check()
        print('passed?!')
    except AssertionError as e:
        print('AssertionError:', str(e).split('\n')[0])

# Passing forms.
t.assertEqual([1, 2], [1, 2])
t.assertAlmostEqual(1.0, 1.00000001)
t.assertAlmostEqual(1.0, 1.2, delta=0.5)
t.assertNotAlmostEqual(1.0, 1.1)
t.assertCountEqual('abc', 'cab')
t.assertCountEqual([[1], [2]], [[2], [1]])
t.assertIn('b', 'abc')
t.assertIsInstance(True, (int, str))
t.assertRegex('hello', 'l+')
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__)
with t.assertRaisesRegex(ValueError, r'invalid literal') as cm:
    int('x')
print('regex ok', cm.expected_regex.pattern)
print(t.assertRaises(KeyError, {}.__getitem__, 'k'))
with t.assertWarns(DeprecationWarning) as cm:
    warnings.warn('old', DeprecationWarning)
print('warned', cm.warning)
with t.assertWarnsRegex(UserWarning, 'ab+c'):
    warnings.warn('xabbcx')
try:
    with t.assertRaises(ValueError, msg='extra'):
        pass
except AssertionError as e:
    print('AssertionError:', e)
try:
    with t.assertRaises(ValueError):
        raise KeyError('passes through')
except KeyError as e:
    print('KeyError passes', e)
try:
    t.assertRaises(3)
except TypeError as e:
    print('TypeError', e)
t.longMessage = False
try:
    t.assertEqual(1, 2, 'only mine')
except AssertionError as e:
    print('AssertionError:', e)
print(Probe().id(), str(Probe()), repr(Probe()))
print(Fixtures('test_one').shortDescription(), Fixtures('test_two').shortDescription())
print(Fixtures('test_one') == Fixtures('test_one'), Fixtures('test_one') == Fixtures('test_two'))
try:
    Fixtures('nope')
except ValueError as e:
    print('ValueError', e)

loader = unittest.TestLoader()
print(loader.getTestCaseNames(Features))
suite = loader.loadTestsFromTestCase(Fixtures)
print(suite.countTestCases(), [x._testMethodName for x in suite])
mod_suite = loader.loadTestsFromModule(sys.modules[__name__])
print(mod_suite.countTestCases())
print(unittest.TestSuite([Fixtures('test_one')]).countTestCases())

# A result without a runner.
res = unittest.TestResult()
Fixtures('test_two').run(res)
print(res.testsRun, len(res.failures), res.wasSuccessful(), repr(res)[:40].split(' ')[0])
print(res.failures[0][1].strip().split('\n')[-1])


def plain_test():
    assert 1 + 1 == 2


ftc = unittest.FunctionTestCase(plain_test)
res = unittest.TestResult()
ftc.run(res)
print(str(ftc), res.wasSuccessful())

# failfast stops at the first problem.
run_case(Fixtures, verbosity=1, failfast=True)

# main() with exit=False, on a chosen class.
main_out = io.StringIO()
old = sys.stderr
sys.stderr = main_out
try:
    prog = unittest.main(argv=['prog', 'Features.test_fail', 'Features.test_skip_inside'], exit=False)
finally:
    sys.stderr = old
report(main_out.getvalue())
print(prog.result.wasSuccessful(), prog.result.testsRun)
