# unittest.main() (lib/unittest.py) in a script: discovers the TestCase
# exit-status: 1
# classes of __main__, runs them in name order (classes, then methods), prints
# its report on stderr (not compared) and exits with status 1 on a failure.
import unittest


class Arith(unittest.TestCase):
    def setUp(self):
        print('setUp', self._testMethodName)

    def test_add(self):
        print('test_add')
        self.assertEqual(2 + 2, 4)

    def test_broken(self):
        print('test_broken')
        self.assertEqual(2 * 2, 5, 'multiplication')

    def test_container(self):
        print('test_container')
        self.assertIn(3, range(5))
        self.assertCountEqual([3, 1, 2], range(1, 4))


class Strings(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('Strings.setUpClass')

    @classmethod
    def tearDownClass(cls):
        print('Strings.tearDownClass')

    def test_upper(self):
        print('test_upper')
        self.assertEqual('abc'.upper(), 'ABC')

    def test_raises(self):
        print('test_raises')
        with self.assertRaises(AttributeError):
            'abc'.nope


class AEmpty(unittest.TestCase):
    pass


if __name__ == '__main__':
    unittest.main()
