class C4(object):
    """Validate name mangling"""
    __slots__ = ['__a', '__b__', 'c']
    def __init__(self, value):
        self.__a = value
    def get(self):
        return self.__a
x = C4(5)
print(hasattr(x, '__dict__'), hasattr(x, '__a'), x.get(), x._C4__a)
print(sorted(k for k in C4.__dict__ if 'a' in k or 'b' in k))
try:
    x.__a = 1
except AttributeError as e:
    print('AttributeError')
class __U(object):
    __slots__ = ['__x']
print('__x' in __U.__dict__)
class _P:
    __slots__ = ('__q',)
print('_P__q' in _P.__dict__)
