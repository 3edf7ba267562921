# typing: the alias classes cannot be subclassed, Tuple checks its
# arguments, and Callable takes a single argument type as a list of one.
from typing import (ClassVar, Final, Generic, Optional, Tuple, TypeVar, Callable,
                    ParamSpec, get_type_hints, get_args, Union, List)


def check(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except TypeError:
        print(label, "TypeError")


check("ClassVar[int] base", lambda: type("C", (type(ClassVar[int]),), {}))
check("Final[int] base", lambda: type("C", (type(Final[int]),), {}))
check("Union[int, str] base", lambda: type("C", (type(Union[int, str]),), {}))
T = TypeVar("T")
check("Tuple[Optional]", lambda: Tuple[Optional])
check("Tuple[Generic[T]]", lambda: Tuple[Generic[T]])
check("Tuple[(int,str)]", lambda: Tuple[int, (int, str)])
check("Tuple[ClassVar[int]]", lambda: Tuple[ClassVar[int]])
print(Tuple[int, ...], Tuple[()], Tuple[int, str])

print(Callable[int, str], get_args(Callable[int, str]))
print(Callable["X", int])
print(Callable[[int], str] == Callable[int, str])
P = ParamSpec("P")


class C(Generic[P]):
    f: Callable["P", int]
    g: Callable[P, "int"]
    h: Callable[..., "int"]
    i: Callable[["int"], List["int"]]


for k, v in sorted(get_type_hints(C, globals()).items()):
    print(k, v, get_args(v))

# A forward reference inside another hint may not name ClassVar/Final
# (as the same hint written without quotes); at the top or in Annotated it may.
from typing import Annotated


class D:
    a: "ClassVar[int]" = 1
    b: Annotated["Final[int]", 0] = 2
    c: List["int"]


for k, v in sorted(get_type_hints(D, globals(), include_extras=True).items()):
    print(k, v)
for hint in ("List['Final[int]']", "ClassVar['ClassVar[int]']", "Optional['ClassVar[int]']"):
    E = type("E", (), {"__annotations__": {"x": hint}})
    check(hint, lambda: get_type_hints(E, globals()))

# ...but a library may extend them with _root=True, as with CPython's.
import typing


class MyAlias(typing._GenericAlias, _root=True):
    pass


print(MyAlias.__name__)
check("subclass of MyAlias", lambda: type("Z", (MyAlias,), {}))
