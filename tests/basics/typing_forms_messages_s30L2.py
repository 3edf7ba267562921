# typing: int | Any is a types.UnionType (Any is a class in 3.11); Protocol
# itself is a plain base to issubclass(); Concatenate checks its last
# argument; the errors of misused forms say what CPython says
import typing
from typing import Any, Optional, ClassVar, Final, List

print(repr(int | Any), repr(Any | None), type(int | Any).__name__, typing.get_args(Any | str))
print(repr(Any | List[int]), repr(Optional[int | Any]))
print(issubclass(list, typing.Protocol))
try:
    isinstance([], typing.Protocol)
except TypeError as e:
    print('TypeError', e)

P = typing.ParamSpec('P')
print(typing.Concatenate[int, P], typing.Concatenate[int, ...])
tests = ['typing.Concatenate[int]', 'typing.Concatenate[()]', 'Any[int]', 'Any()',
         'typing.Hashable[int]', 'typing.NoReturn[int]', 'Optional[int, str]', 'Optional[()]',
         'ClassVar[int, str]', 'Final[()]', 'typing.TypeGuard[int, str]', 'typing.Required[()]',
         'typing.NotRequired[int, str]', 'Optional[int]()', 'typing.Literal[1]()', 'ClassVar[int]()',
         'typing.Union[int, str]()', 'List.__args__', 'typing.NoReturn.__origin__', 'Any.__args__']
for t in tests:
    try:
        print(t, eval(t))
    except (TypeError, AttributeError) as e:
        print(t, type(e).__name__, e)
