# itertools.islice: every argument form, laziness, and argument errors.
import itertools

s = 'ABCDEFG'
print(list(itertools.islice(s, 2)), list(itertools.islice(s, 2, 4)))
print(list(itertools.islice(s, 2, None)), list(itertools.islice(s, 0, None, 2)))
print(list(itertools.islice(s, None)), list(itertools.islice(s, None, None, None)))
print(list(itertools.islice(s, 1, 6, 2)), list(itertools.islice(s, 10)), list(itertools.islice(s, 5, 2)))
print(list(itertools.islice(s, 0)), list(itertools.islice(s, 3, 3)), list(itertools.islice(s, 1, 100, 3)))
print(list(itertools.islice(itertools.count(), 5, 20, 4)))
print(list(itertools.islice(range(10), True, 5)))

class Idx:
    def __index__(self):
        return 3
print(list(itertools.islice(s, Idx())), list(itertools.islice(s, Idx(), None)))

# Only as many items as needed are consumed.
it = iter(range(10))
print(list(itertools.islice(it, 3)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 5, 2)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 2, 5, 10)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 0)), next(it))
it = iter(range(20))
print(list(itertools.islice(it, 1, 9, 3)), next(it))

# Exhausted: further calls keep stopping.
sl = itertools.islice([1, 2, 3], 2)
print(list(sl), list(sl))

# An exception from the source ends the islice, as in CPython.
def bad():
    yield 1
    raise ValueError('boom')
sl = itertools.islice(bad(), 5)
print(next(sl))
try:
    next(sl)
except ValueError as e:
    print('ValueError', e)
print(list(sl))

for args in [(-1,), ('a',), (1.5,), (1, -1), (-1, 2), (1, 2, 0), (1, 2, -1), (2 ** 70,), (1, 2 ** 70), (0, 1, 'x')]:
    try:
        itertools.islice(s, *args)
    except ValueError as e:
        print(args, 'ValueError', e)
for args in [(), (s,), (s, 1, 2, 3, 4)]:
    try:
        itertools.islice(*args)
    except TypeError as e:
        print(len(args), 'TypeError', e)
try:
    itertools.islice(s, stop=1)
except TypeError as e:
    print('TypeError', e)
try:
    itertools.islice(5, 1)
except TypeError as e:
    print('TypeError', e)
