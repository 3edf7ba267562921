# C[int]() records the alias on the new object where it can take attributes
import types

class C:
    __class_getitem__ = classmethod(types.GenericAlias)

o = C[int]()
print(o.__orig_class__ == C[int], type(o).__name__)

class Slotted:
    __slots__ = ('x',)
    __class_getitem__ = classmethod(types.GenericAlias)

s = Slotted[str]()
print(hasattr(s, '__orig_class__'))

class Guarded:
    __class_getitem__ = classmethod(types.GenericAlias)
    def __setattr__(self, name, value):
        raise ValueError('no ' + name)

try:
    Guarded[int]()
except ValueError as e:
    print('ValueError', e)

class Refusing(Guarded):
    def __setattr__(self, name, value):
        raise TypeError('no')

print(type(Refusing[int]()).__name__)
print(list[int]([1, 2]), dict[str, int](a=1))
