# __dict__ manipulation and vars()
class A:
    cls_attr = 1
a = A()
a.x = 1
a.__dict__['y'] = 2
print(sorted(vars(a).items()), a.y, 'cls_attr' in a.__dict__, 'cls_attr' in A.__dict__)
del a.__dict__['x']
print(hasattr(a, 'x'))
setattr(a, 'z', 3)
delattr(a, 'z')
try:
    delattr(a, 'z')
except AttributeError:
    print('AttributeError')
try:
    del a.cls_attr
except AttributeError:
    print('AttributeError')
A.new = 5
print(a.new)
del A.new
print(hasattr(a, 'new'))
try:
    vars(5)
except TypeError:
    print('TypeError')
print(type(A.__dict__).__name__ in ('mappingproxy', 'dict'))
print(getattr(a, 'y'), getattr(A, 'cls_attr'))
try:
    setattr(a, 5, 1)
except TypeError:
    print('TypeError')
try:
    object().x = 1
except AttributeError:
    print('AttributeError')
