# for loop targets: names, tuples, attributes, subscripts
for a, b in [(1, 2), (3, 4)]:
    print(a, b)
for i, (x, y) in enumerate([(5, 6), (7, 8)]):
    print(i, x, y)
class O:
    pass
o = O()
for o.attr in range(3):
    pass
print(o.attr)
l = [0, 0]
for l[0] in 'xyz':
    pass
print(l)
for _ in range(2):
    pass
print(_)
