# typing: unions compared with X | Y, isinstance on Union aliases, Literal
# equality by type, substitution collapsing, iteration and subclass refusal.
import typing
from typing import Union, Optional, Literal, TypeVar, List, Tuple

T = TypeVar('T')
print(int | str == Union[int, str], Union[int, str] == int | str)
print(Optional[int] == int | None, list | str == Union[list, str])
print(isinstance(1, Union[int, str]), isinstance(None, Optional[int]), isinstance(2.0, Union[int, str]))
print(issubclass(bool, Union[int, str]))
try:
    isinstance(1, List[int])
except TypeError as e:
    print('TypeError', e)
print(Literal[1, 2] == Literal[2, 1], Literal[0] == Literal[False])
print((Literal[0] | Literal[False]).__args__)
print((int | T)[int], Union[int, T][str])
for obj in (Union, List, Union[int, str]):
    try:
        iter(obj)
        print('iterable', obj)
    except TypeError:
        print('not iterable', obj)
for form in (typing.NoReturn, typing.ClassVar, typing.Final, Literal):
    try:
        class A(form):
            pass
        print('subclassed', form)
    except TypeError:
        print('cannot subclass', form)
try:
    class B(Union[int, str]):
        pass
except TypeError as e:
    print(e)
class C(typing.Annotated[int, 'meta']):
    pass
print(C.__mro__[1], typing.Annotated[int, 'x'](5))
print(type(typing.Deque()).__name__, typing.DefaultDict(int)['k'])
try:
    typing.List()
except TypeError as e:
    print(e)
P = typing.ParamSpec('P')
print(P.args, P.kwargs, P.args == P.args, type(P.args).__name__)
print(typing.T, typing.KT, typing.VT, typing.T_co)

@typing.overload
def f(x: int) -> int: ...
@typing.overload
def f(x: str) -> str: ...
def f(x):
    return x
print(len(typing.get_overloads(f)))
typing.clear_overloads()
print(typing.get_overloads(f))
class TD(typing.TypedDict):
    a: int
print(typing.is_typeddict(TD), typing.is_typeddict(dict))
