# object() instances
o = object()
p = object()
print(type(o).__name__, o == o, o == p, o != p, isinstance(o, object))
try:
    o.attr = 1
except AttributeError:
    print('AttributeError: object has no __dict__')
print(issubclass(int, object), issubclass(type, object), object.__name__)
class C(object):
    pass
print(isinstance(C(), object), C.__bases__[0] is object)
