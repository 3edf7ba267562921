# next with and without a default
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration:
    print('StopIteration')
g = (x for x in 'a')
print(next(g, 0), next(g, 0))
try:
    next([1, 2])
except TypeError:
    print('TypeError: list is not an iterator')
