# itertools iterator types can be subclassed; pairwise re-entered from its
# own source; operator.__all__.
import itertools, operator


class Counter2(itertools.count):
    def twice(self):
        return next(self), next(self)


c = Counter2(5)
print(c.twice(), next(c), isinstance(c, itertools.count), type(c).__name__)


class Pairs(itertools.pairwise):
    pass


print(list(Pairs('abcd')))
for t in (itertools.chain, itertools.islice, itertools.repeat, itertools.product,
          itertools.accumulate, itertools.groupby, itertools.zip_longest, itertools.cycle):
    class S(t):
        pass
    print(t.__name__, issubclass(S, t))
for t in (itertools._tee, itertools._grouper):
    try:
        class S(t):
            pass
        print('subclassed', t.__name__)
    except TypeError:
        print('final', t.__name__)


# pairwise whose source calls back into the same pairwise object
def reenter(maxcount):
    class Src:
        count = 0

        def __iter__(self):
            return self

        def __next__(self):
            if self.count >= maxcount:
                raise StopIteration
            self.count += 1
            if self.count == 1:
                return next(it, None)
            return [self.count]

    it = itertools.pairwise(Src())
    return list(it)


for n in range(1, 6):
    print(n, reenter(n))


def reenter_at(points, n):
    class Src:
        count = 0

        def __iter__(self):
            return self

        def __next__(self):
            self.count += 1
            if self.count in points:
                return next(it)
            return [self.count]

    it = itertools.pairwise(Src())
    return [next(it) for _ in range(n)]


print(reenter_at({1}, 2))
print(reenter_at({2}, 3))
print(reenter_at({3}, 4))
print(reenter_at({1, 2}, 2))

names = operator.__all__
print(len(names), sorted(names) == sorted(set(names)))
print(all(hasattr(operator, n) for n in names), 'itemgetter' in names, '__add__' in names)
# operator.length_hint: a TypeError from __length_hint__ means no hint
import operator, itertools
print(operator.length_hint(itertools.repeat(None, 50)), operator.length_hint(itertools.repeat(None), 12))
print(operator.length_hint(itertools.repeat(None, -1)), operator.length_hint(itertools.repeat(None, times=-2)))
class Bad:
    def __length_hint__(self):
        raise TypeError('nope')
class Worse:
    def __length_hint__(self):
        raise ValueError('boom')
print(operator.length_hint(Bad(), 7))
try:
    operator.length_hint(Worse())
except ValueError as e:
    print('ValueError', e)

# itertools._tee built directly (type(tee_iterator)(iterable))
a, b = itertools.tee('abc')
c = type(a)('def')
print(type(c).__name__, list(c))
next(a)
d = type(a)(a)
print(list(a), list(d), list(b))
try:
    type(a)()
except TypeError:
    print('TypeError')
