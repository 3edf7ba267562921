# assertDictContainsSubset (deprecated, still in CPython 3.11 and in older
# test suites) and assertMultiLineEqual's diff of lines without an end.
import unittest, warnings
warnings.simplefilter('ignore')
class T(unittest.TestCase):
    def runTest(self): pass
t = T()
for sub, d in [({'a': 1}, {'a': 1, 'b': 2}), ({'a': 1, 'c': 3}, {'a': 2}), ({'x': 1, 'y': 2}, {}), ({1: 'a'}, {1: 'b'})]:
    try:
        t.assertDictContainsSubset(sub, d)
        print('ok')
    except AssertionError as e:
        print(e)
try:
    t.assertDictContainsSubset({'q': 1}, {}, 'note')
except AssertionError as e:
    print(e)

class T(unittest.TestCase):
    def runTest(self): pass
t = T()
for a, b in [("", "foo"), ("a\nb\n", "a\nc\n"), ("x", "y"), ("abc\n", "abd"), ("one\ntwo", "one\nthree\n")]:
    try:
        t.assertMultiLineEqual(a, b)
    except AssertionError as e:
        print(repr(str(e)))
    try:
        t.assertEqual(a, b)
    except AssertionError as e:
        print(repr(str(e)))

# CPython's submodule names work as views of the same objects.
from unittest.case import SkipTest, TestCase as CaseTestCase
from unittest.main import main as main_of_main
import unittest.runner
import unittest.util
print(CaseTestCase is unittest.TestCase, main_of_main is unittest.main, SkipTest is unittest.SkipTest)
print(unittest.runner.TextTestRunner is unittest.TextTestRunner, unittest.util.three_way_cmp(2, 1))
