# list.__class_getitem__ & co: a built-in method bound to the class, with its
# name and qualified name (it used to print with an empty name).
import collections


class L(list):
    pass


for c in (list, dict, tuple, set, frozenset, type, collections.deque, collections.OrderedDict, L):
    m = getattr(c, "__class_getitem__", None)
    if m is None:
        print(c.__name__, None)
        continue
    print(c.__name__, repr(m).partition(" at ")[0], m.__name__, m.__qualname__, m.__self__ is c, repr(m(int)))
