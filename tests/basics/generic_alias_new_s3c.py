# types.GenericAlias is constructible; __class_getitem__ = classmethod(GenericAlias).
from types import GenericAlias
ga = GenericAlias(list, int)
print(ga, ga.__origin__, ga.__args__, ga == list[int], ga([1, 2]))
print(GenericAlias(dict, (str, int)), type(ga) is type(list[int]))

class Box:
    __class_getitem__ = classmethod(GenericAlias)
    def __init__(self, v=None):
        self.v = v
b = Box[int]
print(b.__origin__ is Box, b.__args__, repr(b).endswith('Box[int]'), b(3).v)
print(repr(Box[str, float]).endswith('Box[str, float]'))
try:
    GenericAlias(list)
except TypeError as e:
    print('TypeError')
