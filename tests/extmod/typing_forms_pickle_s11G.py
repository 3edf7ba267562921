# issubclass between bare typing generics and their unions; type variables and
# subscripted forms pickle by reference / as subscriptions and keep identity.
import pickle
import typing
from typing import List, Tuple, Dict, TypeVar, TypeVarTuple, ParamSpec, Unpack, Callable

print(issubclass(List, List | Tuple), issubclass(Dict, List | Tuple))
print(issubclass(list, List | Tuple), issubclass(List, typing.Union[Dict, List]))
print(issubclass(List, typing.Sequence), issubclass(Dict, typing.Sequence))

gT = TypeVar('gT')
gTs = TypeVarTuple('gTs')
gP = ParamSpec('gP')
print(gT.__module__, gTs.__module__, gP.__module__, typing.T.__module__)
for obj in (gT, gTs, gP, Unpack[gTs], typing.T):
    print(obj, pickle.loads(pickle.dumps(obj)) is obj)
for obj in (List[gT], Tuple[int, Unpack[gTs]], Tuple[()], Dict[str, int],
            Callable[[int], str], Callable[gP, gT], Callable[..., int],
            typing.Optional[int], typing.Literal[1, 'a']):
    back = pickle.loads(pickle.dumps(obj))
    print(obj, back == obj)

# X | Y unions of built-in aliases: type variables, substitution, equality
T = TypeVar('T')
U = list[T] | int
print(U.__parameters__, U[str], U[str] == (int | list[str]), list[int] | list[int])
print(List[list[T] | float].__parameters__, (int | str).__parameters__)
try:
    (int | str)[int]
except TypeError:
    print('TypeError')
