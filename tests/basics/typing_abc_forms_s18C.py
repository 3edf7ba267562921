# typing (session 18): the abstract collection forms (typing.Mapping,
# Iterable, Callable, ContextManager...) stand for collections.abc's classes:
# a class based on one, bare or subscripted, gets the ABC's mixin methods and
# Generic; isinstance()/issubclass() are the ABC's; __origin__/get_origin
import collections.abc as cabc
import contextlib
import typing
from typing import Generic, TypeVar, get_origin

T = TypeVar('T')


class Map(typing.Mapping[str, int]):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def __len__(self):
        return len(self.d)

    def __iter__(self):
        return iter(self.d)


m = Map({'a': 1, 'b': 2})
print(dict(m), 'a' in m, m.get('z', 0), sorted(m.items()), m == {'a': 1, 'b': 2})
print(Map.__mro__ == (Map, cabc.Mapping, cabc.Collection, cabc.Sized, cabc.Iterable, cabc.Container, Generic, object))
print(isinstance(m, cabc.Mapping), isinstance(m, typing.Mapping), Map.__parameters__)


class Bag(typing.MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


b = Bag()
b.update(x=1, y=2)
print(b.pop('x'), b.setdefault('z', 3), dict(b), Bag.__bases__ == (cabc.MutableMapping, Generic))


class Seq(typing.Sequence[T]):
    def __getitem__(self, i):
        return 'abc'[i]

    def __len__(self):
        return 3


s = Seq()
print(list(s), list(reversed(s)), s.index('b'), s.count('c'), 'c' in s, Seq.__parameters__, Seq[int].__origin__ is Seq)


class Count(typing.Iterator[int]):
    def __init__(self):
        self.n = 0

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


print(list(Count()), iter(Count()).__class__.__name__)


class D(typing.Dict[str, T]):
    pass


class L(typing.List):
    pass


print(D.__bases__ == (dict, Generic), D(a=1), L([1]), L.__bases__ == (list, Generic), D.__parameters__)


class Twice(typing.MutableMapping[str, str], cabc.MutableMapping):
    pass


print([c.__name__ for c in Twice.__bases__])


class Call(typing.Callable[[int], str]):
    def __call__(self, x):
        return str(x)


print(Call()(5), isinstance(Call(), cabc.Callable))
for form in (typing.Mapping, typing.Iterable, typing.Callable, typing.ContextManager):
    try:
        form()
    except TypeError as e:
        print('TypeError', e)
print(get_origin(typing.Mapping) is cabc.Mapping, get_origin(typing.Mapping[str, int]) is cabc.Mapping,
      typing.Mapping.__origin__ is cabc.Mapping, typing.List.__origin__ is list,
      get_origin(typing.Callable[[int], str]) is cabc.Callable, typing.AbstractSet.__origin__ is cabc.Set,
      typing.ContextManager.__origin__ is contextlib.AbstractContextManager)

# isinstance follows the ABC, with its registrations
class Reg:
    pass


cabc.Sequence.register(Reg)
print(isinstance(Reg(), typing.Sequence), issubclass(Reg, typing.Collection), isinstance([], typing.Mapping))
print(isinstance(len, typing.Callable), isinstance(1, typing.Callable), isinstance({}.keys(), typing.KeysView),
      isinstance(frozenset(), typing.MutableSet), isinstance(iter(()), typing.Iterator),
      isinstance(contextlib.nullcontext(), typing.ContextManager), issubclass(list, typing.Hashable))
# a form is not iterable (although subscriptable)
print(isinstance(typing.Any, cabc.Iterable), isinstance(typing.List, cabc.Iterable))
try:
    iter(typing.List)
except TypeError:
    print('TypeError: not iterable')
for bad in (typing.Union, typing.ClassVar, typing.Optional):
    try:
        class X(bad):
            pass
    except TypeError as e:
        print('TypeError', e)
# Union, Callable and Annotated aliases are not iterable (the others unpack:
# *Tuple[...], as in CPython)
print([isinstance(a, cabc.Iterable) for a in (typing.List[int], typing.Union[int, str], typing.Tuple[int, str],
                                               typing.Callable[[int], str], typing.Literal[1],
                                               typing.Annotated[int, 1])])
print(typing.Tuple[int, str].__class__ is typing.Tuple[int].__class__, [*typing.Tuple[int, str]])
try:
    iter(typing.Union[int, str])
except TypeError:
    print('TypeError: not iterable')
