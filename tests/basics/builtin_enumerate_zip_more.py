# enumerate, zip, map, filter edge cases
print(list(enumerate('ab', 5)), list(enumerate([], 1)), list(enumerate('x', start=-1)))
e = enumerate('abc')
print(next(e), next(e), list(e))
print(list(zip()), list(zip('ab')), list(zip('abc', range(2))), list(zip('a', 'b', 'c')))
try:
    list(zip('ab', 'abc', strict=True))
except ValueError:
    print('ValueError strict')
print(list(zip('ab', 'cd', strict=True)))
print(list(map(lambda a, b: a + b, 'ab', 'cde')), list(map(str, [])), list(map(abs, [-1, 2])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x > 1, range(4))))
try:
    map(len)
except TypeError:
    print('TypeError')
try:
    enumerate(5)
except TypeError:
    print('TypeError')
try:
    zip(1)
except TypeError:
    print('TypeError')
m = map(int, '123')
print(iter(m) is m, next(m), list(m))
z = zip([1, 2], [3, 4])
print(iter(z) is z, type(z).__name__, type(m).__name__, type(e).__name__, type(filter(None, [])).__name__)
