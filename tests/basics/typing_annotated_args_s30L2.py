# typing.Annotated: __args__ holds the annotated type only (the metadata is in
# __metadata__), while get_args(), equality, repr, pickling and substitution
# still see the metadata, as in CPython
import typing, pickle, copy
from typing import Annotated, List, Optional, TypeVar, get_type_hints, get_args, get_origin
T = TypeVar('T')
A = Annotated[int, 'm', 2]
print(A, A.__args__, A.__metadata__, A.__origin__, get_args(A), get_origin(A))
print(Annotated[Annotated[int, 1], 2], Annotated[Annotated[int, 1], 2].__metadata__)
print(A == Annotated[int, 'm', 2], A == Annotated[int, 'm'], hash(A) == hash(Annotated[int, 'm', 2]))
B = Annotated[List[T], 'x']
print(B, B.__parameters__, B[int], B[int].__args__, B[int].__metadata__)
print(pickle.loads(pickle.dumps(A)) == A, copy.deepcopy(A) == A)
def f(a: Annotated[int, 'doc'], b: 'Annotated[Optional[str], 1]' = None): pass
print(get_type_hints(f), get_type_hints(f, include_extras=True))
print(Annotated[int, 'm'](5), Optional[Annotated[int, 1]], List[Annotated[int, 'q']])
class C(Annotated[list, 'z']): pass
print(C.__mro__[1])
print(repr(Annotated[T, 'a'][int]), Annotated[T, 'a'].__args__)
