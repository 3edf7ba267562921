# deeply nested unpacking
(a, (b, (c, d))), e = (1, (2, (3, 4))), 5
print(a, b, c, d, e)
data = [('x', (1, 2)), ('y', (3, 4))]
for name, (p, q) in data:
    print(name, p + q)
[(a, b), [c, *d]] = [(1, 2), [3, 4, 5]]
print(a, b, c, d)
first, (second, *others) = 1, 'abc'
print(first, second, others)
