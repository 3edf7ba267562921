# chained assignment assigns the same object left to right
a = b = c = [1]
print(a, b, c, a is b is c)
x = y = 5
x += 1
print(x, y)
l = [0, 0]
i = l[i] = 1
print(i, l)
d = {}
d['a'] = d['b'] = 'v'
print(d)
p, q = r = (1, 2)
print(p, q, r)
