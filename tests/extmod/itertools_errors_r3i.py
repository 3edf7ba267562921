# itertools: constructor argument errors, and inputs that raise, end early or
# change while being iterated.
import itertools

tests = [
    (itertools.count, ('a',)), (itertools.count, (1, 'a')), (itertools.count, (1, 2, 3)),
    (itertools.cycle, ()), (itertools.cycle, (1,)), (itertools.cycle, (1, 2)),
    (itertools.repeat, ()), (itertools.repeat, (1, 'a')), (itertools.repeat, (1, 2, 3)), (itertools.repeat, (1, 1.5)),
    (itertools.accumulate, ()), (itertools.accumulate, (1,)),
    (itertools.compress, ([1],)), (itertools.compress, ()), (itertools.compress, ([1], 1)),
    (itertools.dropwhile, (None,)), (itertools.dropwhile, (None, 1)), (itertools.takewhile, (None,)),
    (itertools.filterfalse, (None,)), (itertools.filterfalse, (None, 1, 2)),
    (itertools.groupby, ()), (itertools.groupby, (1,)),
    (itertools.starmap, (None,)), (itertools.zip_longest, (1,)),
    (itertools.pairwise, ()), (itertools.pairwise, (1,)), (itertools.chain.from_iterable, (1,)),
]
for f, args in tests:
    try:
        f(*args)
        print(f.__name__, args, 'no error')
    except TypeError as e:
        print(f.__name__, args, 'TypeError', e)
for f, kw in [(itertools.cycle, {'x': 1}), (itertools.chain, {'x': 1}), (itertools.zip_longest, {'x': 1}),
              (itertools.pairwise, {'iterable': [1]}), (itertools.dropwhile, {'predicate': None})]:
    try:
        f(**kw)
    except TypeError as e:
        print(f.__name__, 'TypeError', e)

# Errors raised by the iteration itself.
for it in [itertools.starmap(len, [1]), itertools.starmap(len, [(1, 2)])]:
    try:
        next(it)
    except TypeError as e:
        print('TypeError', type(e).__name__)
try:
    next(itertools.accumulate([1, 'a']))
    list(itertools.accumulate([1, 'a']))
except TypeError as e:
    print('TypeError', e)

# An input that raises part way: the iterators can be resumed afterwards.
class Flaky:
    def __init__(self, items):
        self.items = list(items)
    def __iter__(self):
        return self
    def __next__(self):
        if not self.items:
            raise StopIteration
        x = self.items.pop(0)
        if x == 'err':
            raise ValueError('bad item')
        return x

def drain(it):
    out = []
    while True:
        try:
            out.append(next(it))
        except StopIteration:
            return out
        except ValueError as e:
            out.append('!' + str(e))

for make in [lambda s: itertools.cycle(s), lambda s: itertools.accumulate(s),
             lambda s: itertools.chain(s, 'z'), lambda s: itertools.compress(s, itertools.repeat(1)),
             lambda s: itertools.dropwhile(lambda x: x == 'a', s), lambda s: itertools.takewhile(lambda x: x != 'q', s),
             lambda s: itertools.filterfalse(lambda x: x == 'b', s), lambda s: itertools.starmap(str, s),
             lambda s: itertools.zip_longest(s, 'xyz'), lambda s: itertools.pairwise(s),
             lambda s: itertools.tee(s)[0]]:
    it = make(Flaky(['a', 'err', 'b', 'c']))
    print(drain(itertools.islice(it, 8)) if make is not None else None)

# A predicate or key that raises leaves the state unchanged.
def pred(x):
    if x == 3:
        raise RuntimeError('pred')
    return x < 5
dw = itertools.dropwhile(pred, [1, 3, 4, 7, 1])
try:
    list(dw)
except RuntimeError as e:
    print('RuntimeError', e)
print(list(dw))
def key(x):
    if x == 'err':
        raise RuntimeError('key')
    return x
g = itertools.groupby(['a', 'a', 'err', 'b'], key)
k, grp = next(g)
try:
    print(list(grp))
except RuntimeError as e:
    print('RuntimeError', e)
print([(k, list(v)) for k, v in g])

# Mutating the input list while iterating follows the list iterator.
lst = [1, 2, 3]
out = []
for x in itertools.chain(lst):
    out.append(x)
    if len(lst) < 6:
        lst.append(x * 10)
print(out)
lst = [1, 2, 3, 4]
acc = itertools.accumulate(lst)
print(next(acc))
del lst[1:]
print(list(acc))
lst = [(1, 2), (3, 4)]
def grow(a, b):
    if len(lst) < 4:
        lst.append((a, b))
    return a + b
print(list(itertools.starmap(grow, lst)))

# Exhausted iterators stay exhausted.
for it in [itertools.chain('a'), itertools.compress('a', [1]), itertools.pairwise('ab'),
           itertools.zip_longest('a'), itertools.product('a'), itertools.permutations('a'),
           itertools.combinations('a', 1), itertools.accumulate('a'), itertools.starmap(abs, [(1,)])]:
    print(list(it), list(it), end=' ')
print()
