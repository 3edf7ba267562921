# augmented assignment on subscripts
l = [1, 2, 3]
l[0] += 10
l[-1] *= 5
l[1] **= 3
print(l)
d = {'a': 1}
d['a'] += 1
d['a'] <<= 2
print(d)
m = [[1, 2], [3, 4]]
m[1][0] -= 3
m[0] += [9]
print(m)
s = ['x']
s[0] *= 3
print(s)
