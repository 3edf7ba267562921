# list slice assignment and deletion corner cases
l = list(range(10))
l[2:5] = []
print(l)
l[1:1] = 'xy'
print(l)
l[-2:] = (100,)
print(l)
l[::2] = range(len(l[::2]))
print(l)
try:
    l[::2] = [1]
except ValueError:
    print('ValueError')
l[5:2] = ['a']
print(l)
del l[::3]
print(l)
del l[-2:]
print(l)
del l[100:]
print(l)
l = [1, 2, 3, 4]
l[::-1] = [5, 6, 7, 8]
print(l)
l[1:3] = l
print(l)
l = [0, 1, 2]
l[10:20] = [9]
print(l)
try:
    l[0:1] = 5
except TypeError:
    print('TypeError')
l[:] = {3: 'x', 4: 'y'}
print(l)
l = list(range(6))
del l[1::2]
print(l)
l = list(range(6))
l[-1:-4:-1] = 'abc'
print(l)
try:
    l['a'] = 1
except TypeError:
    print('TypeError')
try:
    l[10] = 1
except IndexError:
    print('IndexError')
try:
    del l[10]
except IndexError:
    print('IndexError')
