# del statement forms
a, b, c = 1, 2, 3
del a, b
print('a' in dir(), 'c' in dir())
l = list(range(10))
del l[0], l[-1]
print(l)
del l[1:3], l[::2]
print(l)
d = {'x': 1, 'y': 2}
del d['x']
print(d)
class O:
    pass
o = O()
o.p = 1
del o.p
print(hasattr(o, 'p'))
(x, [y, z]) = (1, [2, 3])
del (x, [y, z])
try:
    x
except NameError:
    print('NameError')
try:
    del undefined_name
except NameError:
    print('NameError del')
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError:
        return 'UnboundLocalError'
print(f())
for i in range(2):
    pass
del i
try:
    del d['nope']
except KeyError:
    print('KeyError')
