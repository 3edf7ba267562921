# unittest.mock: patch as decorator, context manager and start/stop;
# patch.object, patch.dict, new, new_callable, spec, create.
import os
import unittest
from unittest import mock
from unittest.mock import patch, MagicMock, Mock, DEFAULT


class Thing:
    attr = 'orig'

    def meth(self, x):
        return x * 2


cfg = {'a': 1}

with patch('os.getcwd') as m:
    m.return_value = '/fake'
    print(os.getcwd(), type(m).__name__, m.call_count)
    m.assert_called_once_with()
print(os.getcwd() != '/fake')

with patch.object(Thing, 'meth', return_value=42) as m:
    print(Thing().meth(3), m.call_args)
print(Thing().meth(3))

with patch.object(Thing, 'attr', 'new'):
    print(Thing.attr)
print(Thing.attr)

t = Thing()
with patch.object(t, 'attr', 'inst'):
    print(t.attr, Thing.attr, 'attr' in vars(t))
print(t.attr, 'attr' in vars(t))

with patch.object(Thing, 'missing', 5, create=True):
    print(Thing.missing)
print(hasattr(Thing, 'missing'))
try:
    with patch.object(Thing, 'missing2', 5):
        pass
except AttributeError as e:
    print('AttributeError', 'missing2' in str(e))

with patch('os.getcwd', new_callable=Mock) as m:
    print(type(m).__name__)

with patch.object(Thing, 'meth', spec=True) as m:
    m(1)
    try:
        m.nonexistent
    except AttributeError as e:
        print(e)


@patch('os.getcwd')
@patch('os.listdir')
def f(a, ml, mg):
    ml.return_value = ['x']
    mg.return_value = 'cwd'
    return a, os.listdir('.'), os.getcwd()


print(f(1))
print(os.getcwd() != 'cwd')


@patch.object(Thing, 'attr', 'deco')
def g():
    return Thing.attr


print(g(), Thing.attr)

with patch.dict(cfg, {'b': 2}):
    print(sorted(cfg.items()))
print(sorted(cfg.items()))
with patch.dict(cfg, b=3, clear=True):
    print(sorted(cfg.items()))
print(sorted(cfg.items()))
with patch.dict('os.environ', {'MOCK_S5Q': 'yes'}):
    print(os.environ['MOCK_S5Q'])
print('MOCK_S5Q' in os.environ)


@patch.dict(cfg, {'c': 3})
def h():
    return sorted(cfg)


print(h(), sorted(cfg))

p = patch.object(Thing, 'attr', 'started')
p.start()
print(Thing.attr)
p.stop()
print(Thing.attr)
p1 = patch.object(Thing, 'attr', 'one')
p2 = patch('os.getcwd', return_value='two')
p1.start()
p2.start()
print(Thing.attr, os.getcwd())
patch.stopall()
print(Thing.attr, os.getcwd() != 'two')

import time
with patch('time.time', return_value=123.0):
    print(time.time())
print(time.time() > 1000)


@patch.object(Thing, 'attr', 'cls')
class T(unittest.TestCase):
    def test_a(self):
        self.assertEqual(Thing.attr, 'cls')

    @patch('os.getcwd', return_value='x')
    def test_b(self, m):
        self.assertEqual(os.getcwd(), 'x')
        self.assertEqual(Thing.attr, 'cls')


r = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(T).run(r)
print(r.testsRun, r.wasSuccessful(), Thing.attr)
print(mock.DEFAULT is DEFAULT, mock.patch is patch)
