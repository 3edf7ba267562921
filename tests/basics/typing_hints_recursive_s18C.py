# typing (session 18): get_type_hints on recursive aliases (the inner forward
# reference stays), on a decorated function (names of the wrapped function's
# module), a class's module names before its own attributes; get_origin of
# P.args/P.kwargs; attributes set on a subscripted alias reach its origin;
# no_type_check_decorator marks what the decorator returns; substituting into
# Annotated[T, x] flattens a nested Annotated
import types
import typing
from typing import (Dict, Generic, List, Optional, ParamSpec, TypeVar, Union, get_origin,
                    get_type_hints, Annotated)

Json = Union[Dict[str, 'Json'], List['Json'], str, int, None]


def load(x: Json) -> 'Json':
    return x


print(get_type_hints(load))

Tree = List[Union['Tree', int]]


def walk(t: Tree) -> Optional['Tree']:
    pass


print(get_type_hints(walk))

# the decorator lives in another module; the hints name this module's class
deco_mod = types.ModuleType('deco_s18C')
exec('import functools\n'
     'def deco(f):\n'
     '    @functools.wraps(f)\n'
     '    def inner(*a, **k):\n'
     '        return f(*a, **k)\n'
     '    return inner\n', deco_mod.__dict__)


class Here:
    @deco_mod.deco
    def meth(self, other: 'Here') -> 'Here':
        return other


print(get_type_hints(Here.meth) == {'other': Here, 'return': Here})


class Shadow:
    int: 'str'
    x: 'int'


print(get_type_hints(Shadow) == {'int': str, 'x': int})

P = ParamSpec('P')
print(get_origin(P.args) is P, get_origin(P.kwargs) is P)

T = TypeVar('T')


class C(Generic[T]):
    x = 'default'


C[int].x = 'changed'
A = Annotated[C, 'meta']
A.y = 5
print(C.x, C.y)


@typing.no_type_check_decorator
def magic(func):
    return func


@magic
def loose(a: 'whatevers') -> {}:
    pass


print(magic.__name__, get_type_hints(loose), loose.__no_type_check__)

S = Annotated[T, 'outer']
L = Annotated[List[T], 'inner']
print(S[int], S[Annotated[int, 'x']], S[L[int]], S[L[int]] == Annotated[List[int], 'inner', 'outer'])
