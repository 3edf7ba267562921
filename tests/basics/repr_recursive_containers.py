# repr of self-referencing containers uses ... instead of recursing
l = [1]
l.append(l)
print(l, repr(l))
d = {}
d[1] = d
print(d)
d2 = {'k': [d]}
print(d2)
l2 = [[], {}]
l2[0].append(l2)
l2[1]['x'] = l2
print(l2)
class C:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return 'C(%r)' % (self.items,)
try:
    print(repr(C())[:20])
except RecursionError:
    print('RecursionError')
