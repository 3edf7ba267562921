# zip stops at the shortest iterable
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip('abc', range(10), [True] * 5)))
a, b = zip(*[(1, 'x'), (2, 'y')])
print(a, b)
print(dict(zip(['k1', 'k2'], [1, 2])))
z = zip(iter([1, 2]), iter([3]))
print(next(z), next(z, 'done'))
def gen():
    for i in range(100):
        yield i
print(list(zip(gen(), 'xy')))
