# list operators: +, *, in, comparisons, len, indexing
a = [1, 2, 3]
print(a + [4], a * 2, 2 * a, [] * 5, a * 0, a * -1, len(a), a[0], a[-1])
print(2 in a, 5 in a, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [1] == [1.0], [2] > [1, 9])
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested)
try:
    a[3]
except IndexError:
    print('IndexError')
try:
    a + (4,)
except TypeError:
    print('TypeError')
print(list(), list('ab'), list((1, 2)), list(range(3)), list({'x': 1}), list(x for x in 'yz'))
print(max(a), min(a), sum(a), sorted(a, reverse=True), list(reversed(a)))
