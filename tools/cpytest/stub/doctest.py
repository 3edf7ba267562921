# cpytest stub, used only when running our interpreter (which has no doctest):
# doctest-based suites become empty, so a module's unittest classes still run.
import unittest


def DocTestSuite(*args, **kwargs):
    return unittest.TestSuite()


def DocFileSuite(*args, **kwargs):
    return unittest.TestSuite()


def testmod(*args, **kwargs):
    raise unittest.SkipTest('doctest is not available')
