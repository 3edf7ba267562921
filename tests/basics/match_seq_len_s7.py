# A sequence pattern takes the subject's items by iteration, after checking
# its length; an empty pattern needs only the length (CPython never iterates).
import collections.abc
class Seq(collections.abc.Sequence):
    __getitem__ = None
    def __len__(self):
        return 0
match Seq():
    case []:
        print('empty')
class Seq2(collections.abc.Sequence):
    def __getitem__(self, i):
        print('getitem', i)
        if i >= 3: raise IndexError
        return i
    def __len__(self): print('len'); return 3
match Seq2():
    case [a, *rest]:
        print(a, rest)
match Seq2():
    case [a, b, c]:
        print(a, b, c)
