# Sequence and mapping patterns: a class that derives from both a mapping and
# a sequence ABC is matched as whichever comes first in its MRO, as CPython's
# inherited type flags decide.
import collections
import collections.abc
from collections import OrderedDict, defaultdict, deque, UserDict, UserList


def kind(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"
        case _:
            return "other"


class MapFirst(UserDict, collections.abc.Sequence):
    pass


class SeqFirst(UserList, collections.abc.Mapping):
    pass


class MyDict(dict):
    pass


class MyList(list):
    pass


class MyStr(str):
    pass


for x in ([], (), range(2), memoryview(b"ab"), deque(), "ab", b"ab", bytearray(b"a"), MyStr("q"),
          {}, OrderedDict(), defaultdict(int), collections.Counter(), MyDict(), MyList(),
          UserDict(), UserList(), MapFirst(), SeqFirst(), 5, None, {1}):
    print(type(x).__name__, kind(x))
