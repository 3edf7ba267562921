# protocol fallbacks: __contains__ -> __iter__ -> __getitem__, reversed(), iter None
class OnlyIter:
    def __iter__(self):
        return iter([1, 2, 3])
class OnlyGetitem:
    def __getitem__(self, i):
        if i < 4:
            return i
        raise IndexError
print(2 in OnlyIter(), 5 in OnlyIter(), 3 in OnlyGetitem(), 9 in OnlyGetitem())
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError(i)
        return 'abc'[i]
print(list(reversed(Seq())), list(Seq()), sorted(Seq(), reverse=True))
class Rev:
    def __reversed__(self):
        return iter('zyx')
print(list(reversed(Rev())))
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError:
    print('TypeError')
class NoRev(Seq):
    __reversed__ = None
try:
    reversed(NoRev())
except TypeError:
    print('TypeError')
class NoContains:
    __contains__ = None
try:
    1 in NoContains()
except TypeError:
    print('TypeError')
try:
    reversed(OnlyIter())
except TypeError:
    print('TypeError')
try:
    reversed({1: 2}.items()) and print('dict items reversible')
except TypeError:
    print('TypeError')
print(list(reversed(range(3))), list(reversed('ab')), list(reversed((1, 2))), list(reversed([1, 2])))
try:
    reversed({1, 2})
except TypeError:
    print('TypeError set')
