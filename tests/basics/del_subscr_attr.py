# del of subscripts and attributes
l = [0, 1, 2, 3]
del l[1]
print(l)
del l[-1]
print(l)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e.args)
class C:
    pass
c = C()
c.x = 1
c.y = 2
del c.x
print(hasattr(c, 'x'), c.y)
try:
    del c.x
except AttributeError:
    print('AttributeError')
del l[0], d['b']
print(l, d)
