# itertools: product, permutations, combinations and
# combinations_with_replacement, compared with simple recursive versions.
import itertools

print(list(itertools.product('ab', range(3))))
print(list(itertools.product('ab', repeat=2)), list(itertools.product()), list(itertools.product(repeat=3)))
print(list(itertools.product('ab', [])), list(itertools.product([], repeat=0)), list(itertools.product('ab', repeat=0)))
print(len(list(itertools.product(range(3), range(4), repeat=2))))
print(list(itertools.product([1, 2], 'x', (True, False))))
print(list(itertools.product(iter([1, 2]), repeat=2)))

print(list(itertools.permutations('abc')))
print(list(itertools.permutations('abcd', 2)))
print(list(itertools.permutations(range(3), 0)), list(itertools.permutations('ab', 3)), list(itertools.permutations('')))
print(list(itertools.permutations(iterable='ab', r=None)), list(itertools.permutations(range(3), r=1)))

print(list(itertools.combinations('abcd', 2)), list(itertools.combinations(range(4), 3)))
print(list(itertools.combinations('abc', 0)), list(itertools.combinations('abc', 4)), list(itertools.combinations('', 0)))
print(list(itertools.combinations_with_replacement('abc', 2)))
print(list(itertools.combinations_with_replacement('', 0)), list(itertools.combinations_with_replacement('', 2)))
print(list(itertools.combinations_with_replacement('ab', 0)), list(itertools.combinations_with_replacement('a', 3)))

def rperm(seq, r):
    if r == 0:
        return [()]
    out = []
    for i, x in enumerate(seq):
        for rest in rperm(seq[:i] + seq[i + 1:], r - 1):
            out.append((x,) + rest)
    return out

def rcomb(seq, r):
    if r == 0:
        return [()]
    return [(seq[i],) + rest for i in range(len(seq)) for rest in rcomb(seq[i + 1:], r - 1)]

def rcombr(seq, r):
    if r == 0:
        return [()]
    return [(seq[i],) + rest for i in range(len(seq)) for rest in rcombr(seq[i:], r - 1)]

def rprod(pools):
    if not pools:
        return [()]
    return [(x,) + rest for x in pools[0] for rest in rprod(pools[1:])]

ok = True
for n in range(6):
    seq = tuple(range(n))
    for r in range(7):
        ok = ok and list(itertools.permutations(seq, r)) == rperm(seq, r)
        ok = ok and list(itertools.combinations(seq, r)) == rcomb(seq, r)
        ok = ok and list(itertools.combinations_with_replacement(seq, r)) == rcombr(seq, r)
        ok = ok and list(itertools.product(seq, repeat=r)) == rprod([seq] * r)
print('matches reference', ok)
print(len(list(itertools.permutations(range(7)))), len(list(itertools.combinations(range(20), 3))))

# The input is read once, when the iterator is made.
src = [1, 2, 3]
p = itertools.permutations(src)
src.append(4)
print(len(list(p)))
c = itertools.combinations(src, 2)
print(next(c), len(list(c)), list(c))

for f, args, kw in [(itertools.product, ([1],), {'repeat': -1}),
                    (itertools.product, ([1],), {'x': 1}),
                    (itertools.product, (1,), {}),
                    (itertools.permutations, ([1], -1), {}),
                    (itertools.permutations, ([1], 'a'), {}),
                    (itertools.permutations, (), {}),
                    (itertools.combinations, ([1],), {}),
                    (itertools.combinations, ([1], -1), {}),
                    (itertools.combinations, ([1], 1.0), {}),
                    (itertools.combinations_with_replacement, ([1],), {}),
                    (itertools.combinations_with_replacement, ([1], -2), {})]:
    try:
        f(*args, **kw)
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
