# A test module that imports typing's special forms is still searched for
# test cases: the loader asks issubclass(obj, TestCase) of every class-like
# module attribute, and here the forms are classes (objects in CPython).
import sys
import unittest
from typing import Any, Callable, ClassVar, Final, List, Optional, Union


class T(unittest.TestCase):
    def test_one(self):
        self.assertEqual(Optional[int], Union[int, None])

    def test_two(self):
        self.assertTrue(callable(len))


suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
print(suite.countTestCases())
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, len(result.failures), len(result.errors))
