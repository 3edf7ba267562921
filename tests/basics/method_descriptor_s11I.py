# methods of built-in types seen through the type are method_descriptor,
# special methods wrapper_descriptor
import types
for d in (list.__dict__['append'], list.append, str.join, dict.get):
    print(type(d).__name__, d, d.__name__, d.__qualname__, d.__objclass__.__name__)
for d in (object.__dict__['__init__'], list.__dict__['__add__'], int.__add__):
    print(type(d).__name__, d.__name__, d.__objclass__.__name__)
print(types.MethodDescriptorType is type(list.append), types.MethodDescriptorType is type(list.__add__))
print(list.append == list.append, list.append != list.extend, list.append == list.__add__)
print(hash(list.append) == hash(list.append))
a = []
list.append(a, 1)
list.__dict__['append'](a, 2)
print(a, list.append.__get__(a)(3), a)


class L(list):
    push = list.append


x = L()
x.push(5)
print(x, type(L.push).__name__, L.push)
try:
    list.append(1, 2)
except TypeError as e:
    print('TypeError')
for k, n in ((list, '__reversed__'), (object, '__reduce_ex__'), (object, '__format__'), (list, '__init__'),
             (object, '__setattr__'), (int, '__round__'), (float, '__trunc__')):
    print(k.__name__, n, type(k.__dict__[n]).__name__)
for d in (str.lower, complex.real, float.real, int.__add__, complex.imag, int.numerator):
    print(type(d).__name__, d.__qualname__ == d.__objclass__.__qualname__ + '.' + d.__name__, d)
print(complex.real.__get__(3 + 4j), complex.imag.__get__(3 + 4j))


class C:
    __slots__ = ('x',)

    class D:
        __slots__ = ('y',)


class E:
    pass


print(C.__dict__['x'].__qualname__, C.D.__dict__['y'].__qualname__, E.__dict__['__dict__'].__qualname__)
