# typing: a bare typing alias (typing.Iterable, typing.Sized, typing.List...)
# may be a base next to a class with its own metaclass (abc.ABC, Protocol):
# no metaclass conflict, and the class gets the real bases
import abc
import typing
from typing import Protocol, runtime_checkable


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


for form in (typing.Iterable, typing.Sized, typing.Mapping, typing.List):
    class First(form, Base):
        def run(self):
            return 'ran'

        def __iter__(self):
            return iter(())

        def __len__(self):
            return 0

        def __getitem__(self, key):
            raise KeyError(key)

    class Last(Base, form):
        pass

    print(form, [c.__name__ for c in First.__mro__], [c.__name__ for c in Last.__mro__])
    print(First().run(), type(First).__name__, type(Last).__name__, sorted(Last.__abstractmethods__))


@runtime_checkable
class SizedNamed(typing.Sized, Protocol):
    def name(self):
        ...


class Thing:
    def __len__(self):
        return 1

    def name(self):
        return 'thing'


print([c.__name__ for c in SizedNamed.__mro__], type(SizedNamed).__name__)
print(isinstance(Thing(), SizedNamed), isinstance([], SizedNamed), issubclass(Thing, SizedNamed))


class Closer(typing.ContextManager, Protocol):
    def close(self):
        ...


print([c.__name__ for c in Closer.__mro__])
try:
    class Wrong(typing.List, Protocol):
        pass
except TypeError:
    print('TypeError')
