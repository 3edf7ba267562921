# in-place operators on lists keep identity
a = [1]
b = a
a += [2]
a *= 2
print(a, a is b)
a += 'xy'
print(b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
a = [1, 2]
a *= 0
print(a, b is not a)
try:
    a += 5
except TypeError:
    print('TypeError')
l = [[]] * 3
l[0].append(1)
print(l)
x = [1, 2, 3]
x[1:2] *= 1
print(x)
d = {'k': [1]}
d['k'] += [2]
print(d)
class A:
    v = [0]
o = A()
o.v += [1]
print(A.v, o.v, 'v' in o.__dict__)
