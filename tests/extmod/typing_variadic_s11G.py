# TypeVarTuple / Unpack substitution (PEP 646) in typing and built-in aliases,
# __typing_subst__ of type variables, and arity errors when subscripting.
# (*tuple[...] star syntax inside [] is not used: Unpack[...] is equivalent.)
from typing import (TypeVar, TypeVarTuple, ParamSpec, Unpack, Generic, Tuple, List,
                    Dict, Callable, Union, Optional, Final, ClassVar, Any)
import collections.abc

T = TypeVar('T')
T1 = TypeVar('T1')
T2 = TypeVar('T2')
Ts = TypeVarTuple('Ts')
Ts2 = TypeVarTuple('Ts2')
P = ParamSpec('P')


class C(Generic[T]):
    pass


class V(Generic[T, Unpack[Ts]]):
    pass


def show(src):
    try:
        print(src, '->', eval(src))
    except TypeError as e:
        print(src, '-> TypeError', e)


for src in [
    'Tuple[Unpack[Ts]][int, str]',
    'tuple[T, Unpack[Ts]][int, str, float]',
    'Tuple[T, Unpack[Ts]][int]',
    'Tuple[Unpack[Ts], T][int, str]',
    'Tuple[T1, Unpack[Ts], T2][int, str]',
    'Tuple[T1, Unpack[Ts], T2][int]',
    'Tuple[Unpack[Ts]][()]',
    'tuple[Unpack[Ts]][int, Unpack[Tuple[str, ...]]]',
    'tuple[T, Unpack[Ts]][Unpack[Tuple[int, ...]]]',
    'list[T][Unpack[Tuple[int]]]',
    'list[T][Unpack[tuple[int]]]',
    'List[T][Unpack[Tuple[int]]]',
    'List[T][Unpack[Tuple[int, str]]]',
    'List[T][Unpack[Tuple[()]]]',
    'List[T][Unpack[Tuple[int, ...]]]',
    'List[T][Unpack[Ts]]',
    'Dict[T1, T2][Unpack[Tuple[int, str]]]',
    'Tuple[Unpack[Ts], Unpack[Ts2]][int]',
    'Tuple[Unpack[Ts]][Unpack[Tuple[int, ...]], Unpack[Tuple[str, ...]]]',
    'Tuple[List[T], Unpack[Ts]][int, str, bytes]',
    'tuple[Unpack[Ts]]',
    'Unpack[Ts]',
    'Unpack[Ts] is Unpack[Ts]',
    'Tuple[Unpack[Ts]].__parameters__',
    'C[int]',
    'C[int, str]',
    'C[()]',
    'V[int, str, bytes]',
    'V[int]',
    'V[()]',
    'C[T][int, str]',
    'List[int][str]',
    'T.__typing_subst__(int)',
    'T.__typing_subst__(Final[int])',
    'T.__typing_subst__((int, str))',
    'T.__typing_subst__(Unpack[Ts])',
    'Ts.__typing_subst__(int)',
    'P.__typing_subst__([int, str])',
    'P.__typing_subst__(...)',
    'P.__typing_subst__(int)',
    'Callable[P, T]',
    'Callable[P, T][[int, str], bytes]',
    'Callable[P, T][..., bytes]',
    'collections.abc.Callable[[int, T], T][str]',
    'collections.abc.Callable[P, T][[int], str]',
    'Generic[T][int]',
    'Generic[()]',
    'Generic[T, T]',
    'Generic[Ts]',
    'List[Union]',
    'Optional[Final[int]]',
    'List[ClassVar[int]]',
]:
    show(src)

for src in ['class D(List[T], Generic[T1]): pass',
            'class D(Generic): pass',
            'class D(TypeVar): pass']:
    try:
        exec(src)
        print(src, '-> ok')
    except TypeError as e:
        print(src, '-> TypeError', e)


class Base(Generic[T1]):
    pass


class Sub(Base, Generic[T]):
    pass


print(Sub.__parameters__, Sub[int])
