# assertSequenceEqual compares items: a list and a tuple with equal items are
# equal sequences unless a seq_type is given; assertListEqual still checks types.
import unittest


class T(unittest.TestCase):
    def test_mixed(self):
        self.assertSequenceEqual([1, 2], (1, 2))

    def test_typed(self):
        with self.assertRaises(AssertionError):
            self.assertSequenceEqual([1, 2], (1, 2), seq_type=list)

    def test_list_equal(self):
        with self.assertRaises(AssertionError):
            self.assertListEqual([1], (1,))

    def test_differs(self):
        with self.assertRaises(AssertionError) as cm:
            self.assertSequenceEqual([1, 2], (1, 3))
        print(str(cm.exception).splitlines()[0])


result = unittest.main(exit=False, verbosity=0).result
print(result.testsRun, len(result.failures), len(result.errors))
