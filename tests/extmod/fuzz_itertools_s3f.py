# Regression cases found by tools/fuzz (strategy iter): huge counts given to
# itertools must be MemoryError, never an overrun of a wrapped allocation;
# product(..., repeat=0) must not store the iterables it was given.
import itertools
import sys


def show(f):
    try:
        print(f())
    except (MemoryError, OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__)


# tee: n * sizeof(item) wrapped to a tiny tuple.
for n in (sys.maxsize, 2**62, 2**61 + 1, 2**60, -1, 0, 3):
    show(lambda: len(itertools.tee([1], n)))

# combinations, combinations_with_replacement, permutations: a huge r.
for r in (2**62, 2**61 + 1, sys.maxsize, 6, 2):
    show(lambda: list(itertools.combinations(range(5), r))[:3])
    show(lambda: list(itertools.combinations_with_replacement([], r)))
    show(lambda: list(itertools.permutations(range(3), r))[:3])
show(lambda: list(itertools.combinations_with_replacement('ab', 2**62)))

# product with repeat=0 and several iterables: one empty tuple (the pools
# were written past a one-slot array); the iterables are not read.
it = iter([1, 2, 3])
print(list(itertools.product([1, 2], 'ab', it, repeat=0)), list(it))
print(list(itertools.product(repeat=0)), list(itertools.product()))
print(list(itertools.product(iter([1, 2]), repeat=2)))
print(list(itertools.product('ab', range(2), repeat=1)))
show(lambda: list(itertools.product('ab', repeat=-1)))
