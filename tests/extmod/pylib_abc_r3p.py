# abc (frozen pure-Python module): ABC, ABCMeta, abstractmethod, register.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())


print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print('TypeError:', e)


class Half(Shape):
    def area(self):
        return 1


try:
    Half()
except TypeError as e:
    print('TypeError:', e)


class Square(Half):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s


sq = Square(3)
print(sq.describe(), sq.perimeter(), Square.__abstractmethods__ == frozenset())
print(isinstance(sq, Shape), issubclass(Square, Shape), isinstance(sq, ABC))
print(isinstance(ABC, ABCMeta), type(Shape) is ABCMeta)


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(Base.__abstractmethods__))


class Impl(Base):
    @property
    def name(self):
        return 'impl'

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 'help'


i = Impl.make()
print(i.name, i.helper(), Impl.helper())


# Virtual subclasses.
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented


class HasLen:
    def __len__(self):
        return 0


class SubHasLen(HasLen):
    pass


print(issubclass(HasLen, Sized), issubclass(SubHasLen, Sized), issubclass(int, Sized))
print(isinstance(SubHasLen(), Sized), isinstance(3, Sized))


class Registry(ABC):
    pass


class Plain:
    pass


print(issubclass(Plain, Registry), isinstance(Plain(), Registry))
print(Registry.register(Plain) is Plain)
print(issubclass(Plain, Registry), isinstance(Plain(), Registry))


@Registry.register
class Decorated:
    pass


print(issubclass(Decorated, Registry), issubclass(int, Registry))


class Child(Registry):
    pass


print(issubclass(Child, Registry), isinstance(Child(), Registry))
token = abc.get_cache_token()
Registry.register(int)
print(abc.get_cache_token() != token, isinstance(5, Registry))
try:
    issubclass(5, Registry)
except TypeError as e:
    print('TypeError', type(e).__name__)


# Single abstract method message and an ABC with __init__ args.
class One(ABC):
    def __init__(self, x):
        self.x = x

    @abstractmethod
    def go(self):
        pass


try:
    One(1)
except TypeError as e:
    print('TypeError:', e)


class OneImpl(One):
    def go(self):
        return self.x * 2


print(OneImpl(21).go())


# update_abstractmethods after patching a class.
class Later(ABC):
    @abstractmethod
    def f(self):
        pass


class LaterImpl(Later):
    pass


LaterImpl.f = lambda self: 'patched'
abc.update_abstractmethods(LaterImpl)
print(LaterImpl().f())
print(getattr(abstractmethod(lambda: 0), '__isabstractmethod__'))
