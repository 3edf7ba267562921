# extended slice assignment and deletion on lists
l = list(range(10))
l[::2] = ['a'] * 5
print(l)
l[1::3] = 'xyz'
print(l)
l[::-3] = [0, 0, 0, 0]
print(l)
try:
    l[::2] = [1, 2]
except ValueError:
    print('ValueError')
m = list(range(10))
del m[::3]
print(m)
del m[::-2]
print(m)
