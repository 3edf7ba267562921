# cpytest stub, used only when running our interpreter (which has no doctest):
# doctest-based suites become empty, so a module's unittest classes still run.
import unittest


def DocTestSuite(*args, **kwargs):
    return unittest.TestSuite()


def DocFileSuite(*args, **kwargs):
    return unittest.TestSuite()


def testmod(*args, **kwargs):
    raise unittest.SkipTest('doctest is not available')


# Option flag names that test modules import (test_decimal); the values only
# have to be distinct bits, as nothing here runs doctests.
DONT_ACCEPT_TRUE_FOR_1 = 1
DONT_ACCEPT_BLANKLINE = 2
NORMALIZE_WHITESPACE = 4
ELLIPSIS = 8
SKIP = 16
IGNORE_EXCEPTION_DETAIL = 32
REPORT_UDIFF = 64
REPORT_CDIFF = 128
REPORT_NDIFF = 256
REPORT_ONLY_FIRST_FAILURE = 512
FAIL_FAST = 1024
