# X.__new__(Y) for a final built-in subtype Y with its own constructor.
import collections
cases = [(int, bool), (object, int), (int, int), (object, bool), (str, bool),
         (tuple, list), (dict, collections.OrderedDict), (dict, collections.defaultdict),
         (BaseException, ValueError), (Exception, KeyError), (OSError, FileNotFoundError),
         (dict, collections.Counter)]
for base, t in cases:
    try:
        print(base.__name__, t.__name__, repr(base.__new__(t)))
    except TypeError as e:
        print(base.__name__, t.__name__, 'TypeError', e)
class I(int):
    pass
print(int.__new__(I, 5), type(int.__new__(I, 5)).__name__)
print(bool.__new__(bool, 1))
