# tuple unpacking in assignment
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
x, = [10]
print(x)
p, q, r = 'xyz'
print(p, q, r)
k1, k2 = {'one': 1, 'two': 2}
print(k1, k2)
i, j = range(2)
print(i, j)
(m), n = 7, 8
print(m, n)
