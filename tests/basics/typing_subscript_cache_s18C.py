# typing (session 18): subscriptions are cached as in CPython: the same form
# and arguments give the same object (also through pickle and copy), told
# apart by argument type (Literal[1] and Literal[True] stay apart); unhashable
# arguments are not cached; typing._cleanups empties the cache
import copy
import pickle
import typing
from typing import Annotated, Any, Callable, Dict, Generic, List, Literal, Optional, TypeVar, Union

T = TypeVar('T')


class Box(Generic[T]):
    pass


print(List[int] is List[int], Dict[str, int] is Dict[str, int], Optional[int] is Optional[int],
      Callable[[int], str] is Callable[[int], str], Box[int] is Box[int], Box[int] is Box[str])
print(Literal[1] is Literal[True], Literal[1] == Literal[True], Literal[1] is Literal[1])
for alias in (List[Any], Dict[str, int], Union[int, float], Optional[Any], Callable[[], Any],
              Callable[..., int], Literal[1, 2], Annotated[int, 'x'], typing.Mapping[str, Any],
              typing.Tuple[int, ...]):
    same = [pickle.loads(pickle.dumps(alias, proto)) is alias for proto in range(pickle.HIGHEST_PROTOCOL + 1)]
    print(repr(alias), all(same), copy.copy(alias) is alias, copy.deepcopy(alias) is alias)
a = Annotated[int, {'unhashable': []}]
print(a == Annotated[int, {'unhashable': []}], a is Annotated[int, {'unhashable': []}], a.__metadata__)
first = List[bytes]
for clear in typing._cleanups:
    clear()
print(first is List[bytes], first == List[bytes])
# a user generic's alias names the class's module
print(Box[int].__module__, Box[int].__module__ == Box.__module__)
