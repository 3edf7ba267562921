# reversed on sequences and objects with __reversed__
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1,))), list(reversed(range(4))))
print(''.join(reversed('hello')), list(reversed(b'ab')), list(reversed([])))
class R:
    def __reversed__(self):
        return iter('custom')
print(list(reversed(R())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
print(list(reversed({'a': 1, 'b': 2})))
try:
    reversed({1, 2})
except TypeError:
    print('TypeError')
