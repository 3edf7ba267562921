# property objects: getter/setter/deleter chaining, doc, errors
class A:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        'the x'
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @x.deleter
    def x(self):
        print('deleting')
        self._x = None
a = A()
a.x = 5
print(a.x)
del a.x
print(a.x)
print(type(A.x).__name__, A.x.fget.__name__, A.x.fset is not None, A.x.fdel is not None)
class B:
    x = property(lambda self: 1)
b = B()
try:
    b.x = 2
except AttributeError:
    print('AttributeError set')
try:
    del b.x
except AttributeError:
    print('AttributeError del')
p = property()
class C:
    y = p
try:
    C().y
except AttributeError:
    print('AttributeError get')
class D(A):
    @A.x.getter
    def x(self):
        return 'D' + str(self._x)
d = D()
d.x = 3
print(d.x)
