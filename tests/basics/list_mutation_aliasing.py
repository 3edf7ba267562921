# lists are mutable and shared by reference
a = [1, 2]
b = a
b.append(3)
print(a, a is b)
c = a[:]
c.append(4)
print(a, c)
d = list(a)
d[0] = 'x'
print(a, d)
m = [a, a]
a.append('shared')
print(m)
a[:] = []
print(m, b)
l = [0, 1, 2]
l[1] = l
print(len(l), l[1] is l)
