# typing.get_type_hints resolves forward references nested in subscripted
# hints (Optional["Node"], list["Node"], Callable[["Node"], "int"], ...).
import typing, collections.abc
from typing import Optional, List, Dict, Union, Callable, Literal, Annotated, Tuple, Generic, TypeVar
T = TypeVar('T')
class G(Generic[T]): pass
class Node:
    parent: Optional['Node']
    kids: List['Node']
    m: Dict[str, 'Node']
    u: Union[int, 'Node']
    g: list['Node']
    o: 'Optional[Node]'
    c: Callable[['Node'], 'int']
    e: Callable[..., 'Node']
    l: Literal['Node', 1]
    a: Annotated['Node', 'meta']
    t: Tuple['Node', ...]
    gg: G['Node']
    n: dict[str, list['Node']]
    un: int | list['Node']
    plain: int
h = typing.get_type_hints(Node)
for k, v in h.items(): print(k, v)
print(typing.get_type_hints(Node, include_extras=True)['a'])
print(h['c'].__args__, h['un'].__args__, type(h['un']).__name__, h['plain'] is int)


def f(a: 'List[Node]', b: Optional['Node'] = None) -> 'Dict[str, Optional[Node]]':
    pass


print(typing.get_type_hints(f))
