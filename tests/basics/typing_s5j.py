# typing: __parameters__ of user generic classes, __orig_class__ of instances
from typing import Generic, TypeVar, Dict, List

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')

class Box(Generic[T]):
    def __init__(self, v=None):
        self.v = v

print(Box.__parameters__, Box[int], Box[int].__parameters__)
b = Box[int](3)
print(b.v, b.__orig_class__)
print(Box().__dict__)

class Pair(Generic[K, V]):
    pass
print(Pair.__parameters__, Pair[str, int])

class IntBox(Box[int]):
    pass
print(IntBox.__parameters__)

class Mapping2(Dict[K, V], Generic[K, V]):
    pass
print(Mapping2.__parameters__)

class Mix(Box[T], Pair[K, T]):
    pass
print(Mix.__parameters__)

class ListBox(List[T]):
    pass
print(ListBox.__parameters__)
print(ListBox.__mro__)
print(ListBox[int], IntBox.__mro__)
class Both(List[int], Box[str]):
    pass
print(Both.__mro__, Both.__parameters__)
