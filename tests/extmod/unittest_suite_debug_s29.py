# TestSuite.debug() runs the class and module fixtures around the tests, as
# CPython's, and lets their exceptions through (it ran the bare tests).
import sys
import types
import unittest

order = []
mod = types.ModuleType('mod_s29')
sys.modules['mod_s29'] = mod
mod.setUpModule = lambda: order.append('setUpModule')
mod.tearDownModule = lambda: order.append('tearDownModule')


class Case(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        order.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        order.append('tearDownClass')

    def test_one(self):
        order.append('test_one')


Case.__module__ = 'mod_s29'
suite = unittest.TestSuite([Case('test_one')])
suite.debug()
print(order)


def boom():
    raise ValueError('setUpModule failed')


mod.setUpModule = boom
try:
    unittest.TestSuite([Case('test_one')]).debug()
except ValueError as e:
    print('raised:', e)
