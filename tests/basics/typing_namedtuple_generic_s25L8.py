# typing: a generic NamedTuple has tuple and Generic as its bases, in the
# order written, and no hidden intermediate class in its MRO
from typing import NamedTuple, Generic, TypeVar, get_type_hints

T = TypeVar('T')


class Pair(NamedTuple, Generic[T]):
    first: T
    second: int = 0

    def total(self):
        return self.first + self.second


print(Pair.__mro__, Pair.__bases__, Pair.__qualname__, Pair.__parameters__)
p = Pair[int](3, 4)
print(p, type(p) is Pair, p.total(), Pair[int], Pair(1)._replace(second=5))
print(Pair._fields, Pair._field_defaults, get_type_hints(Pair), Pair._make([7, 8]))


class Rev(Generic[T], NamedTuple):
    value: T


print(Rev.__mro__, Rev.__bases__, Rev[str]('s'), isinstance(Rev(1), tuple))
