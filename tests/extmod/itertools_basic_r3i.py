# itertools: accumulate, chain, compress, dropwhile, takewhile, filterfalse,
# starmap, zip_longest and pairwise.
import itertools

print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate([])), list(itertools.accumulate([], initial=5)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(itertools.accumulate(['a', 'b', 'c'])), list(itertools.accumulate('xyz', initial='>')))
print(list(itertools.accumulate([1, 2], None)), list(itertools.accumulate(iterable=[1, 2], func=None, initial=0)))
print(list(itertools.accumulate([1.5, 2, 3j])))
print(list(itertools.accumulate([[1], [2], [3]])))

print(list(itertools.chain()), list(itertools.chain('ab', [1, 2], (), range(2))))
print(list(itertools.chain.from_iterable(['ab', 'cd', ''])))
print(list(itertools.chain.from_iterable(itertools.repeat([1, 2], 3))))
def gens():
    for i in range(3):
        print('making', i)
        yield range(i)
ch = itertools.chain.from_iterable(gens())
print('made')
print(list(ch), list(ch))
# iterables are only turned into iterators when reached
ch = itertools.chain([1], 5, [2])
print(next(ch))
try:
    next(ch)
except TypeError as e:
    print('TypeError', e)
print(list(ch))
print(type(itertools.chain.from_iterable([])).__name__)

print(list(itertools.compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(itertools.compress('abc', [1, 1, 1, 1, 1])), list(itertools.compress('abcdef', [0, 1])))
print(list(itertools.compress(data=range(10), selectors=itertools.cycle([True, False]))))
print(list(itertools.compress(range(4), ['', 'x', [], [0]])))

print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.dropwhile(lambda x: True, [1, 2])), list(itertools.dropwhile(lambda x: False, [1, 2])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.takewhile(bool, [])), list(itertools.takewhile(bool, [1, 2, 0, 3])))
src = iter(range(10))
tw = itertools.takewhile(lambda x: x < 3, src)
print(list(tw), next(src), list(tw))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))))
print(list(itertools.filterfalse(None, [0, 1, '', 'a', None, [], [0]])))

print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(itertools.starmap(lambda *a: a, [(), [1], 'ab', iter([3, 4])])))
print(list(itertools.starmap(max, [[1, 5, 2], (4, 3)])))

print(list(itertools.zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(itertools.zip_longest()), list(itertools.zip_longest('ab')))
print(list(itertools.zip_longest('a', 'bcd', [])))
print(list(itertools.zip_longest(range(3), range(1), range(2), fillvalue=0)))
z = itertools.zip_longest([1], [2, 3])
print(list(z), list(z))

print(list(itertools.pairwise('ABCDEFG')))
print(list(itertools.pairwise('')), list(itertools.pairwise('a')), list(itertools.pairwise(range(3))))
p = itertools.pairwise(iter([1, 2, 3]))
print(next(p), next(p), list(p), list(p))
for name in ['accumulate', 'chain', 'compress', 'dropwhile', 'takewhile', 'filterfalse',
             'starmap', 'zip_longest', 'pairwise']:
    t = getattr(itertools, name)
    print(name, t.__name__, isinstance(t, type))
