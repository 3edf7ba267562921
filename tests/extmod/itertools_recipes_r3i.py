# itertools: the recipes from CPython's documentation, written out here,
# combining itertools with functools and operator as real programs do.
import collections
import functools
import itertools
import operator
from itertools import (accumulate, chain, combinations, count, cycle, filterfalse, groupby,
                       islice, repeat, starmap, tee, zip_longest)

def take(n, iterable):
    return list(islice(iterable, n))

def prepend(value, iterator):
    return chain([value], iterator)

def tabulate(function, start=0):
    return map(function, count(start))

def tail(n, iterable):
    return iter(collections.deque(iterable, maxlen=n))

def consume(iterator, n=None):
    if n is None:
        collections.deque(iterator, maxlen=0)
    else:
        next(islice(iterator, n, n), None)

def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)

def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)

def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))

def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))

def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))

def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)

def repeatfunc(func, times=None, *args):
    if times is None:
        return starmap(func, repeat(args))
    return starmap(func, repeat(args, times))

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in filterfalse(seen.__contains__, iterable) if key is None else iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))

def sliding_window(iterable, n):
    it = iter(iterable)
    window = collections.deque(islice(it, n), maxlen=n)
    if len(window) == n:
        yield tuple(window)
    for x in it:
        window.append(x)
        yield tuple(window)

def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)

def iter_index(iterable, value, start=0):
    it = islice(iterable, start, None)
    for i, element in enumerate(it, start):
        if element is value or element == value:
            yield i

print(take(3, 'ABCDE'), list(prepend(1, [2, 3])), take(4, tabulate(lambda x: x * x, 1)))
print(list(tail(3, 'ABCDEFG')))
it = iter(range(10))
consume(it, 3)
print(next(it))
consume(it)
print(next(it, 'empty'))
print(nth(range(10), 3), nth('ab', 5, 'dflt'), all_equal('aaa'), all_equal('aab'), all_equal(''))
print(quantify([1, 0, 2, 0]), quantify(range(10), lambda x: x % 3 == 0), list(ncycles('ab', 3)))
print(dotproduct([1, 2, 3], [4, 5, 6]), list(flatten([[1, 2], [3], []])), list(repeatfunc(pow, 3, 2, 5)))
print(take(3, repeatfunc(lambda: 'x')))
print(list(grouper('ABCDEFG', 3, 'x')), list(roundrobin('ABC', 'D', 'EF')))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(list(unique_justseen('AAAABBBCCDAABBB')), list(unique_justseen('ABBcCAD', str.lower)))
print(list(sliding_window('ABCDEFG', 4)), list(sliding_window('AB', 3)))
print(first_true([0, None, 3, 4]), first_true([], 'none'), first_true(range(10), pred=lambda x: x > 5))
print(list(iter_index('AABCADEAF', 'A')), list(iter_index([1, 2, 1], 1, 1)))

# Running statistics and reductions in the functional style.
data = [3, 4, 6, 2, 1, 9, 0, 7, 5, 8]
print(list(accumulate(data, operator.mul)), list(accumulate(data, max)), list(accumulate(data, min)))
print(functools.reduce(operator.add, map(operator.mul, data, count())), max(enumerate(data), key=operator.itemgetter(1)))
amortize = list(accumulate(repeat(None, 5), lambda bal, _: round(bal * 1.05 - 90, 2), initial=1000))
print(amortize)
inventory = [('apple', 3, 0.5), ('pear', 0, 0.75), ('fig', 12, 0.2), ('kiwi', 5, 0.4)]
by_stock = sorted(inventory, key=operator.itemgetter(1), reverse=True)
print([name for name, *_ in by_stock], list(map(operator.itemgetter(0, 2), inventory)))
print({k: len(list(g)) for k, g in groupby(sorted('mississippi'))})
words = ['apple', 'bob', 'cat', 'dog', 'egg', 'apricot', 'banana']
print([(k, list(g)) for k, g in groupby(sorted(words, key=len), key=len)])
print(list(starmap(operator.add, zip(data, data[1:]))), list(map(functools.partial(operator.add, 10), data)))
fib = functools.lru_cache(maxsize=None)(lambda n: n if n < 2 else fib(n - 1) + fib(n - 2))
print([fib(i) for i in range(15)], fib.cache_info().currsize)
