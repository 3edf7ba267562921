# typing (session 18): TypedDict: a key redeclared by a subclass or a later
# base takes its new kind (required/optional), Annotated[Required[...]],
# mixing with a non-TypedDict base is refused, the functional form (its
# __module__, errors, any key names), generic TypedDicts, and string
# annotations of a base from another module resolved in that module
import sys
import types
from typing import (Annotated, Generic, NotRequired, Required, TypedDict, TypeVar, get_type_hints,
                    Optional)

T = TypeVar('T')


class NotTotal(TypedDict, total=False):
    a: int


class Total(NotTotal):
    a: int


class Base(TypedDict):
    a: NotRequired[int]
    b: Required[int]


class Child(Base):
    a: Required[int]
    b: NotRequired[int]


class B1(TypedDict):
    a: NotRequired[int]


class B2(TypedDict):
    a: Required[str]


class Both(B1, B2):
    pass


class Ann(TypedDict, total=False):
    a: Annotated[Required[int], 'meta']
    b: int


def keys(td):
    return sorted(td.__required_keys__), sorted(td.__optional_keys__)


for td in (NotTotal, Total, Base, Child, Both, Ann):
    print(td.__name__, keys(td))
print(Both.__annotations__ == {'a': Required[str]})


class Regular:
    pass


for bases in ((Total, Regular), (Regular, Total)):
    try:
        class Wrong(*bases):
            pass
    except TypeError as e:
        print('TypeError', e)

Emp = TypedDict('Emp', {'name': str, 'id': int})
print(Emp.__module__, Emp.__name__, keys(Emp), Emp(name='x', id=1))
Opt = TypedDict('Opt', {'x': int}, total=False)
print(keys(Opt), Opt.__total__)
for args in ((), ('A', {'x': int}, None)):
    try:
        TypedDict(*args)
    except TypeError:
        print('TypeError', len(args))
try:
    TypedDict('Hi', {'x': int}, y=int)
except TypeError:
    print('TypeError: dict and keywords')
Odd = TypedDict('Odd', {'cls': type, 'self': object, 'typename': str, 'fields': list})
print(sorted(Odd.__annotations__), Odd(cls=int, self=1))


class G(TypedDict, Generic[T]):
    a: T


class GB(G[int], total=False):
    b: str


class GC(GB):
    c: int


print([c.__name__ for c in G.__bases__], G.__parameters__, G[str].__args__, G[str].__origin__ is G)
print([c.__name__ for c in GB.__bases__], keys(GB), keys(GC), GC(a=1, b='x', c=2))

# string annotations (from __future__ import annotations) of a base defined
# in another module name that module's names
helper = types.ModuleType('td_helper_s18C')
sys.modules['td_helper_s18C'] = helper
exec('from __future__ import annotations\n'
     'from typing import TypedDict, Optional\n'
     'HelperInt = Optional[int]\n'
     'class Foo(TypedDict):\n'
     '    a: HelperInt\n', helper.__dict__)


class Bar(helper.Foo, total=False):
    b: int


print(get_type_hints(Bar) == {'a': Optional[int], 'b': int}, keys(Bar))
