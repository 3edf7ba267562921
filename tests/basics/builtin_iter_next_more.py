# iter()/next() protocol details
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'), next(it, None))
try:
    next(it)
except StopIteration:
    print('StopIteration')
try:
    next([1])
except TypeError:
    print('TypeError')
try:
    iter(5)
except TypeError:
    print('TypeError')
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(iter(Seq())))
cnt = [0]
def f():
    cnt[0] += 1
    return cnt[0]
print(list(iter(f, 4)))
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
print(list(It()), sum(It()), [x for x in It()], tuple(It()), set(It()) == {1, 2})
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError:
    print('TypeError')
print(type(iter([])).__name__)
it = iter(range(3))
print(list(it), list(it))
d = iter({'a': 1})
print(next(d))
