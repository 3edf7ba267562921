# typing (session 14): Literal flattening/dedup/repr, Annotated flattening and
# __metadata__, Protocol checks and instantiation, get_origin/get_args,
# get_type_hints stripping extras, no_type_check, dataclass_transform, ForwardRef
from typing import *
import collections.abc
import typing
print(Literal[1, 2, 3, 3].__args__, Literal[Literal[1], Literal[2, 1]] == Literal[1, 2], repr(Literal[int]), repr(Literal['a', None]))
print(Literal[1, True].__args__, Literal[0, False, 0].__args__)
A = Annotated[Annotated[int, 4], 5]
print(A == Annotated[int, 4, 5], A.__metadata__, A.__origin__, get_origin(A) is Annotated, repr(A))
print(get_origin(List), get_origin(Dict), get_origin(Any), get_origin(List[int]), get_origin(Union[int, str]))
@runtime_checkable
class P(Protocol):
    def x(self): ...
class A1:
    def x(self): ...
class B(A1):
    x = None
class C:
    def __init__(self): self.x = None
print(isinstance(A1(), P), isinstance(B(), P), isinstance(C(), P), issubclass(A1, P), issubclass(B, P), issubclass(C, P))
try: P()
except TypeError as e: print('TypeError', e)
class Base:
    def __init__(self, v): self.v = v
class D(P, Base): pass
print(D(3).v)
class E(P): pass
print(isinstance(E(), E))
@runtime_checkable
class PN(Protocol):
    y: int
class HasY:
    y = 1
print(isinstance(HasY(), PN))
try: issubclass(HasY, PN)
except TypeError as e: print('TypeError', e)
try: issubclass(1, P)
except TypeError as e: print('TypeError', e)
try:
    class Bad(Base, Protocol): pass
except TypeError as e: print('TypeError', e)
@runtime_checkable
class PN2(Protocol):
    y: int
    def x(self): ...
@runtime_checkable
class PC(Protocol):
    def y(self): ...
    def x(self): ...
print(issubclass(PN2, PC))
class PX(Protocol):
    x: int
class Foo(PX):
    def __init__(self):
        super().__init__()
        self.x = 2
print(Foo().x)
class CV:
    a: Annotated[ClassVar[int], "d"] = 4
print(get_type_hints(CV)['a'] == ClassVar[int])
print(get_args(collections.abc.Callable[[int], str]), get_origin(collections.abc.Callable[[int], str]) is collections.abc.Callable)
print(get_args(Callable[[int], str]), get_args(Callable[..., str]), get_args(list[int]), get_args(int | str), get_args(int))
class TD(TypedDict, total=False):
    a: Required[int]
    b: NotRequired[Annotated[List[Annotated[int, 1]], 'x']]
    c: Optional[Annotated[str, 'm']]
h = get_type_hints(TD)
print(sorted(h.items(), key=lambda kv: kv[0]))
print(get_type_hints(TD, include_extras=True)['a'])
@no_type_check
class NT:
    def m(self, x: 'not a type'): ...
    @staticmethod
    def s(y: 'zz'): ...
    class Inner:
        def f(self, q: 'qq'): ...
print(NT.__no_type_check__, NT.m.__no_type_check__, NT.s.__no_type_check__, NT.Inner.__no_type_check__, NT.Inner.f.__no_type_check__)
print(get_type_hints(NT.m), get_type_hints(NT))
@no_type_check
def g(a: 'whatever') -> 'x': pass
print(get_type_hints(g))
@dataclass_transform(kw_only_default=True, frozen=True)
def make(cls): return cls
print(make.__dataclass_transform__ == {'eq_default': True, 'order_default': False, 'kw_only_default': True, 'field_specifiers': (), 'kwargs': {'frozen': True}})
@dataclass_transform()
class ModelBase:
    pass
print(ModelBase.__dataclass_transform__['eq_default'])
print(Literal[[], []].__args__, Literal[1, 1.0, True, 1].__args__, Literal[{1}, 1, 1].__args__)
print(ForwardRef('int') == ForwardRef('int', module='m'), ForwardRef('int', module='m') == ForwardRef('int', module='m'))
print(repr(List[ForwardRef('int', module='mod')]), repr(List['int']))
print(hash(ForwardRef('a')) == hash(ForwardRef('a')), get_args(int | ForwardRef('x')))
class M:
    title: 'Annotated[Annotated[Required[str], "a"], "b"]'
    other: Annotated['Annotated[int, 1]', 2]
print(get_type_hints(M, include_extras=True), get_type_hints(M))
import typing
print('Optional' in typing.__all__, 'sys' in typing.__all__, 'T' in typing.__all__, 'AnyStr' in typing.__all__)
print(isinstance(b'x', typing.ByteString), isinstance('x', typing.ByteString))
print(List[int].__name__, Optional[int].__qualname__, Union[int, str].__name__)
from typing import SupportsIndex, SupportsInt
class X(int, SupportsIndex): pass
print(X(5) + 1)
class Y(SupportsInt):
    def __int__(self): return 3
print(int(Y()))
class Z(dict, SupportsInt): pass
print(Z(a=1))
