# __slots__ restricts instance attributes
class P:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1
p = P()
print(p.x, hasattr(p, 'y'), hasattr(p, '__dict__'))
p.y = 2
print(p.y)
try:
    p.z = 3
except AttributeError:
    print('AttributeError')
del p.x
print(hasattr(p, 'x'))
class Q(P):
    pass
q = Q()
q.z = 5
print(q.z)
print(P.__slots__)
