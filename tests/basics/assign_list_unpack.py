# list-style targets in assignment and for
[a, b] = (1, 2)
print(a, b)
[a, [b, c]] = [1, [2, 3]]
print(a, b, c)
for [x, y] in [(1, 2), (3, 4)]:
    print(x, y)
[] = []
print('empty ok')
l = [0, 0, 0]
l[0], l[1] = 5, 6
print(l)
class O:
    pass
o = O()
o.a, o.b = 'A', 'B'
print(o.a, o.b)
