# getattr/setattr/hasattr/delattr with various objects
class A:
    x = 1
a = A()
setattr(a, 'y', 2)
print(getattr(a, 'x'), getattr(a, 'y'), hasattr(a, 'z'), getattr(a, 'z', None))
try:
    getattr(a, 'z')
except AttributeError as e:
    print('AttributeError', e)
try:
    getattr(a, 1)
except TypeError:
    print('TypeError')
try:
    setattr(1, 'x', 2)
except AttributeError:
    print('AttributeError')
try:
    setattr([], 'append', 2)
except AttributeError:
    print('AttributeError')
try:
    delattr(a, 'nope')
except AttributeError:
    print('AttributeError')
print(getattr([], 'append').__name__, getattr('abc', 'upper')(), getattr(5, '__add__')(1))
print(hasattr(a, '__class__'), hasattr(A, 'mro'), hasattr(None, '__bool__'))
try:
    int.x = 1
except TypeError:
    print('TypeError')
try:
    del int.real
except TypeError:
    print('TypeError')
class P:
    @property
    def p(self):
        raise ValueError('not attr')
try:
    hasattr(P(), 'p')
except ValueError:
    print('ValueError propagates through hasattr')
