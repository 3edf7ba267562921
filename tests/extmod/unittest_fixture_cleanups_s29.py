# Class and module cleanups after a failing fixture, as CPython: a class
# cleanup's error is reported on its own (not chained to setUpClass's
# error); all module cleanups run, the first error only is reported.
import sys
import types
import unittest


def bad(kind, text):
    def cleanup():
        print('cleanup', text)
        raise kind(text)
    return cleanup


class Foo(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(bad(TypeError, 'class cleanup 1'))
        cls.addClassCleanup(bad(ValueError, 'class cleanup 2'))
        1 / 0

    def test_foo(self):
        pass


result = unittest.TestResult()
unittest.TestSuite([Foo('test_foo')]).run(result)
for test, text in result.errors:
    last = text.strip().splitlines()[-1]
    print(test.description, '|', last, '| chained:', 'During handling' in text)

mod = types.ModuleType('mod_cleanups_s29')


def set_up_module():
    unittest.addModuleCleanup(bad(TypeError, 'module cleanup 1'))
    unittest.addModuleCleanup(bad(ValueError, 'module cleanup 2'))


mod.setUpModule = set_up_module
sys.modules['mod_cleanups_s29'] = mod


class Bar(unittest.TestCase):
    def test_bar(self):
        pass


Bar.__module__ = 'mod_cleanups_s29'
result = unittest.TestResult()
unittest.TestSuite([Bar('test_bar')]).run(result)
print(result.testsRun, [(t.description, text.strip().splitlines()[-1]) for t, text in result.errors])

unittest.addModuleCleanup(bad(KeyError, 'a'))
unittest.addModuleCleanup(bad(OSError, 'b'))
try:
    unittest.doModuleCleanups()
except Exception as e:
    print('doModuleCleanups raised', type(e).__name__, e)
