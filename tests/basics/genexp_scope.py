# the first iterable of a generator expression is evaluated immediately
data = [1, 2, 3]
g = (x for x in data)
data = [7, 8]
print(list(g))
lst = [1, 2]
g2 = (x for x in lst)
lst.append(3)
print(list(g2))
try:
    g3 = (x for x in 5)
except TypeError:
    print('TypeError at creation')
n = 2
g4 = (x * n for x in range(3))
n = 10
print(list(g4))
