# starred assignment targets
a, *b = [1, 2, 3]
print(a, b)
*a, b = [1, 2, 3]
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = 'xy'
print(a, b, c)
*a, = (1, 2)
print(a)
a, *b = 'x',
print(a, b)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
for first, *rest in [(1, 2, 3), (4,)]:
    print(first, rest)
