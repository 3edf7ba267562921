# typing (session 18): Protocol classes are ABCs (their metaclass derives from
# ABCMeta): they mix with ABC bases, refuse abstract methods left open, take
# register() and a custom __subclasshook__; a failed structural check falls
# back to inheritance/registration; allowed collections.abc and contextlib bases;
# Generic[T] next to Protocol
import abc
import collections.abc as cabc
import contextlib
import io
from typing import Generic, Protocol, TypeVar, runtime_checkable

T = TypeVar('T')


class Sized(Protocol):
    def __len__(self) -> int: ...


class Impl(Sized, abc.ABC):
    def __len__(self):
        return 3


class Impl2(abc.ABC, Sized):
    def __len__(self):
        return 4


print(len(Impl()), len(Impl2()), type(Impl).__name__ == type(Sized).__name__)


@runtime_checkable
class Shape(Protocol):
    @abc.abstractmethod
    def area(self) -> float: ...


class Half(Shape):
    pass


class Full(Half):
    def area(self):
        return 2.0


try:
    Half()
except TypeError as e:
    print('TypeError', e)
print(Full().area(), isinstance(Full(), Shape))


# registration, also of a protocol that is not runtime checkable
class Named(Protocol):
    name: str


class Plain:
    pass


print(Named.register(Plain) is Plain)


@runtime_checkable
class Pt(Protocol):
    x: int
    def meth(self) -> int: ...


class Nominal(Pt):
    pass


class Other:
    pass


Pt.register(Other)
print(isinstance(Nominal(), Pt), isinstance(Other(), Pt), isinstance(object(), Pt))


class Base(Protocol):
    x = 1


class Hooked(Base):
    @classmethod
    def __subclasshook__(cls, other):
        return other.__name__.startswith('OK')


class OKClass:
    pass


class Bad:
    x = 1


print(isinstance(OKClass(), Hooked), isinstance(Bad(), Hooked), issubclass(OKClass, Hooked), issubclass(Bad, Hooked))


@runtime_checkable
class It(cabc.Iterable, Protocol):
    pass


print(isinstance([], It), isinstance(1, It))
try:
    class Wrong(cabc.Mapping, Protocol):
        pass
except TypeError as e:
    print('TypeError', e)
# a protocol class failed above: ABC checks that walk the subclasses still work
print(isinstance([], cabc.Mapping), isinstance({}, cabc.Mapping))


class Old(Generic[T], Protocol):
    def get(self) -> T: ...


print(Old.__parameters__, Old[int].__origin__ is Old, [c.__name__ for c in Old.__bases__])
print(Protocol._is_runtime_protocol, It._is_runtime_protocol, Old._is_runtime_protocol)
@runtime_checkable
class Closing(contextlib.AbstractContextManager, Protocol):
    def close(self) -> None: ...


print(isinstance(io.StringIO(), Closing), isinstance(contextlib.nullcontext(), Closing))
