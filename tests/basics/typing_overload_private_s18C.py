# typing (session 18): get_overloads() keeps one variant per definition line
# (running a definition again replaces it, so a factory called in a loop does
# not pile up variants); private names that libraries use: _GenericAlias
# (every subscripted form), _eval_type, ForwardRef._evaluate with a guard;
# assert_never() shortens a long repr in its message; a TypeVar takes
# constraints or a bound, not both
import typing
from typing import Dict, ForwardRef, List, get_overloads, overload, Union, Annotated, Literal


def factory():
    @overload
    def f(x: int) -> int: ...
    @overload
    def f(x: str) -> str: ...
    def f(x):
        return x
    return f


for _ in range(3):
    impl = factory()
print(len(get_overloads(impl)), [o.__name__ for o in get_overloads(impl)])

for alias in (List[int], Dict[str, int], Union[int, str], Annotated[int, 1], Literal[1]):
    print(isinstance(alias, typing._GenericAlias), end=' ')
print(isinstance(int, typing._GenericAlias))
print(typing._eval_type(List['int'], globals(), None), ForwardRef('Dict[str, int]')._evaluate(globals(), None, frozenset()))
for value in ('some value', 'a' * 10000, list(range(1000))):
    try:
        typing.assert_never(value)
    except AssertionError as e:
        print(len(e.args[0]), e.args[0][-20:])
try:
    typing.TypeVar('X', str, float, bound=int)
except TypeError as e:
    print('TypeError', e)
# the module's own imports stay out of `from typing import *`
print([n for n in ('ABCMeta', 'functools', 'collections', 'sys', 'contextlib') if n in typing.__all__])
