# collections.abc.Callable[...]: joins a union with | (annotations such as
# `cb: int | Callable[[int], str]`), and a subclass of Callable subscripted
# keeps that subclass as its origin (calling the alias builds one)
import collections.abc
import typing
from typing import Optional, get_args

C = collections.abc.Callable
print(get_args(int | C[[int], str] | bytes))
print(get_args(C[..., None] | None))


def f(cb: C[[int], str] | None = None, other: None | C[[], int] = None) -> int | C[[], None]:
    pass


hints = typing.get_type_hints(f)
print(hints['cb'] == Optional[C[[int], str]], get_args(hints['other']), get_args(hints['return']))

T = typing.TypeVar('T')


class Handler(C):
    def __call__(self):
        return 'handled'


alias = Handler[[int], T]
obj = alias()
print(alias, alias.__origin__ is Handler, type(obj) is Handler, obj(), obj.__orig_class__ == alias)
print(alias[str], alias == C[[int], T], C[[int], T] == C[[int], T])


class Sub(Handler[[int], str]):
    pass


print(Sub.__mro__[1] is Handler, Sub()())
