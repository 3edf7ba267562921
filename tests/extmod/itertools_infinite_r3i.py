# itertools: count, cycle and repeat (values, reprs, keywords, lengths).
import itertools

def take(it, n):
    return list(itertools.islice(it, n))

print(take(itertools.count(), 4))
print(take(itertools.count(5), 3), take(itertools.count(10, -3), 4))
print(take(itertools.count(1.5, 0.25), 4))
print(take(itertools.count(start=2, step=5), 3), take(itertools.count(step=2), 3))
print(take(itertools.count(1j, 1), 2))
big = 2 ** 62
print(take(itertools.count(big - 2), 5))
print(take(itertools.count(-big - 1, -1), 2))
print(take(itertools.count(0, big), 3))

c = itertools.count(5)
print(c, repr(c))
next(c)
print(c)
print(itertools.count(), itertools.count(1, 1), itertools.count(1, 1.0), itertools.count(0, True))
print(itertools.count(2.5), itertools.count(1, 2), itertools.count(10 ** 30))
c = itertools.count(10 ** 30 - 1, -3)
next(c)
print(c)
print(iter(c) is c, type(c).__name__)

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __repr__(self):
        return 'Num(%r)' % self.v
    def __int__(self):
        return self.v
print(take(itertools.count(Num(1), Num(10)), 3))
print(itertools.count(Num(3)))
class NotNum:
    def __add__(self, o):
        return self
try:
    itertools.count(NotNum())
except TypeError as e:
    print('TypeError', e)

print(take(itertools.cycle('abc'), 8))
print(take(itertools.cycle([]), 3), take(itertools.cycle(''), 3))
print(take(itertools.cycle(iter([1, 2])), 5))
def gen():
    print('gen start')
    yield 1
    yield 2
    print('gen end')
cy = itertools.cycle(gen())
print(take(cy, 7))
# the saved copy is independent of the source list
src = [1, 2, 3]
cy = itertools.cycle(src)
print(next(cy), next(cy), next(cy))
src.append(4)
print(take(cy, 4))

r = itertools.repeat('a', 3)
print(r, list(r), r)
print(itertools.repeat('a'), itertools.repeat([1, 2]), itertools.repeat(None, 0))
print(list(itertools.repeat(7, -5)), itertools.repeat(7, -5))
print(list(itertools.repeat(object=1, times=2)), list(itertools.repeat(2, times=3)))
print(take(itertools.repeat('x'), 3))
r = itertools.repeat(1, 5)
print(r.__length_hint__())
next(r)
print(r.__length_hint__(), len(list(map(str, itertools.repeat(None, 4)))))
try:
    itertools.repeat(1).__length_hint__()
except TypeError as e:
    print('TypeError', e)
print(list(zip('abc', itertools.repeat(0))))
print(list(map(pow, range(5), itertools.repeat(2))))
