# enumerate with and without start
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)))
print(list(enumerate(range(3), start=-1)))
e = enumerate(['x', 'y'])
print(next(e), next(e), next(e, 'end'))
for i, (a, b) in enumerate([(1, 2), (3, 4)], 10):
    print(i, a, b)
print(type(enumerate([])).__name__, iter(e) is e)
