# typing (frozen pure-Python module): annotations, subscripted forms,
# TypeVar/Generic, Protocol, NamedTuple, TypedDict, get_type_hints.
import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, Callable, Iterable,
                    Iterator, Generator, TypeVar, Generic, NamedTuple, TYPE_CHECKING,
                    cast, overload, Protocol, Final, Literal, ClassVar, Sequence,
                    Mapping, Type, FrozenSet, Annotated, TypedDict, NewType,
                    runtime_checkable, get_type_hints, get_origin, get_args)

print(TYPE_CHECKING)
print(Any, Optional, Union, List, Callable)
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Set[bytes])
print(Optional[int], Union[int, str], Union[int, None, str], Union[int], Union[int, int])
print(Union[Union[int, str], float], Optional[Union[int, str]])
print(Union[int, str] == Union[str, int], List[int] == List[int], List[int] == List[str])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Literal['a', 1, None], Annotated[int, 'meta'], ClassVar[int], Final[str])
print(Type[int], FrozenSet[int], Sequence[str], Mapping[str, Any], Iterator[int])
print(Generator[int, None, None], Iterable['Foo'])
print(List['Foo'], Dict[str, 'Node'])

T = TypeVar('T')
K = TypeVar('K', bound=str)
V_co = TypeVar('V_co', covariant=True)
N = TypeVar('N', int, float)
print(T, K, V_co, T.__name__, K.__bound__, N.__constraints__)
print(List[T], Dict[K, T], List[T][int], Dict[str, List[T]][bytes])
print(List[T].__parameters__, Dict[K, T].__parameters__)

print(get_origin(List[int]) is list, get_origin(Dict[str, int]) is dict, get_origin(int))
print(get_origin(Union[int, str]) is Union, get_origin(Literal[1]) is Literal)
print(get_args(List[int]), get_args(Dict[str, int]), get_args(Union[int, str]), get_args(int))
print(get_args(Callable[[int], str]), get_args(Callable[..., str]), get_args(Optional[int]))
print(get_origin(list[int]) is list, get_args(list[int]), get_args(int | str))

print(isinstance([], List), isinstance({}, Dict), isinstance((), Tuple), isinstance([], Dict))
print(isinstance(len, Callable), isinstance(3, Callable), isinstance([], Iterable), isinstance(3, Iterable))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Sequence))
try:
    isinstance(1, Any)
except TypeError as e:
    print('TypeError', e)
try:
    List()
except TypeError as e:
    print('TypeError', e)
print(typing.Deque[int]([1, 2]), typing.DefaultDict[str, int](int, a=1))
try:
    Dict[str, int](a=1)
except TypeError as e:
    print('TypeError', e)
print(cast(int, 'not checked'), cast(List[int], None))


def annotated(a: int, b: Optional[str] = None, *args: int, c: 'List[int]' = None, **kw: Any) -> Dict[str, int]:
    return {}


print(annotated.__annotations__['b'], annotated.__annotations__['return'])
print(get_type_hints(annotated))


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), type(s).__name__, isinstance(s, Stack))
s2 = Stack()
s2.push('x')
print(s2.items)


class Pair(Generic[K, T]):
    pass


print(Pair.__name__, isinstance(Pair(), Generic))


@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


print(double(2), double('ab'))


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'p'

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm1(), p._fields, p._asdict(), p._replace(x=1))
print(Point.__annotations__, isinstance(p, tuple), p[1])
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('ann', 3), Emp._fields)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title='Blade Runner', year=1982)
print(m, type(m) is dict, sorted(Movie.__required_keys__), Movie.__total__)


class Partial(TypedDict, total=False):
    extra: str


print(sorted(Partial.__optional_keys__), Partial.__total__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print('TypeError', e)

UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self):
        pass


print(isinstance(Resource(), Closable), isinstance(3, Closable))


class NotRuntime(Protocol):
    def meth(self) -> int:
        ...


try:
    isinstance(3, NotRuntime)
except TypeError as e:
    print('TypeError', e)


class Explicit(NotRuntime):
    def meth(self):
        return 1


print(Explicit().meth(), isinstance(Explicit(), Explicit))
print(isinstance(3, typing.SupportsInt), isinstance('x', typing.SupportsInt), isinstance(2.5, typing.SupportsFloat))


class Config:
    name: str
    size: 'int'
    ratio: Final[float] = 1.0
    registry: ClassVar[Dict[str, int]] = {}


print(get_type_hints(Config))
print(get_type_hints(annotated)['return'])
A = Annotated[int, 'unit']
print(get_type_hints(type('X', (), {'__annotations__': {'a': A}, '__module__': __name__})))

print(typing.Text is str, typing.AnyStr, typing.NoReturn, typing.Never)
print(int | List[str], List[str] | None, Optional[List[int]])
try:
    Union[()]
except TypeError as e:
    print('TypeError', e)
try:
    List[int, str]
except TypeError as e:
    print('TypeError', e)
try:
    Generic[int]
except TypeError as e:
    print('TypeError', e)
print(typing.final(Resource) is Resource, typing.no_type_check(annotated) is annotated)
hints = {'x': List[int], 'y': Union[int, str]}
print(hash(List[int]) == hash(List[int]), len({List[int], List[int], Union[int, str], Union[str, int]}))
