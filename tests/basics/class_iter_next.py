# __iter__ and __next__ make an iterator
class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
print(list(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, 'default'))
print(sum(Countdown(10)), sorted(Countdown(3)), tuple(Countdown(2)))
a, b, c = Countdown(3)
print(a, b, c)
print(max(Countdown(5)), 3 in Countdown(5), 9 in Countdown(5))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError:
    print('TypeError: not iterable')
