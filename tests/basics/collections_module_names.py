# The classes collections writes in Python say they are collections', and a
# one-field namedtuple's doc shows a one-tuple.
import collections
from collections import namedtuple
for c in (collections.UserDict, collections.UserList, collections.UserString, collections.ChainMap):
    print(c.__module__, c.__qualname__)
print(namedtuple('P', 'x').__doc__, namedtuple('Q', 'x y').__doc__, namedtuple('E', '').__doc__)
class Sub(collections.UserDict):
    pass
print(Sub.__mro__[1])
