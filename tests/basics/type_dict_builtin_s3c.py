# A built-in type's __dict__ lists its special methods as well as its
# methods (the abc __subclasshook__ idiom relies on it).
for t, names in ((list, ('__len__', '__getitem__', '__iter__', '__contains__', 'append', '__add__')),
                 (dict, ('__len__', '__getitem__', '__setitem__', 'keys', '__iter__')),
                 (int, ('__add__', '__hash__', '__neg__', 'bit_length')),
                 (str, ('__len__', '__add__', 'upper', '__contains__')),
                 (tuple, ('__len__', '__hash__', 'count')),
                 (object, ('__init__', '__hash__', '__eq__', '__repr__'))):
    print(t.__name__, [n in t.__dict__ for n in names])
print(list.__dict__['__hash__'], dict.__dict__['__hash__'])

def has_method(C, name):
    return any(name in B.__dict__ for B in C.__mro__)

print(has_method(list, '__len__'), has_method(int, '__len__'), has_method(bool, '__add__'))
print(has_method(bytearray, '__setitem__'), has_method(frozenset, '__setitem__'))

class Sized:
    @classmethod
    def __subclasshook__(cls, C):
        return has_method(C, '__len__')
print(Sized.__subclasshook__(list), Sized.__subclasshook__(int), Sized.__subclasshook__(dict))
print(list.__dict__['append'])
l = []
list.__dict__['append'](l, 3)
print(l, list.__dict__['__len__'](l))
print(type(list.__dict__).__name__, '__doc__' in list.__dict__)
