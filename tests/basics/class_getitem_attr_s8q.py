# The built-in generic classes have __class_getitem__ as an attribute.
import collections
for t in (list, dict, tuple, set, frozenset, type, collections.deque, int, str, object):
    print(t.__name__, hasattr(t, '__class_getitem__'))
print(list.__class_getitem__(int), dict.__class_getitem__((str, int)))
print(tuple.__class_getitem__(int) == tuple[int])
class L(list):
    pass
print(hasattr(L, '__class_getitem__'), L.__class_getitem__(int), L[int])
class G:
    def __class_getitem__(cls, item):
        return ('G', item)
print(G.__class_getitem__(1), G[2])
try:
    int.__class_getitem__
except AttributeError:
    print('AttributeError')
