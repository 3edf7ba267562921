# abc keeps the answers of __subclasscheck__ (as CPython's abc does): the
# answers must stay right when classes are registered later, when a class
# that was answered dies, and for __subclasshook__ classes.
import abc
import gc
import weakref
from collections.abc import Hashable, Iterable, Mapping, MutableMapping, Sequence, Sized

print(isinstance({}, Mapping), isinstance({}, Mapping), isinstance([], Mapping), isinstance([], Mapping))
print(isinstance((), Sequence), isinstance(3, Iterable), isinstance(type.__dict__, Hashable))
print(type(type.__dict__).__hash__, issubclass(type(type.__dict__), Hashable))


class X:
    pass


print(issubclass(X, Mapping), issubclass(X, Mapping), isinstance(X(), Mapping))
Mapping.register(X)
# The earlier "no" is forgotten once any ABC registers a class.
print(issubclass(X, Mapping), isinstance(X(), Mapping), issubclass(X, MutableMapping))


class Base(abc.ABC):
    pass


class Other:
    pass


print(issubclass(Other, Base))
Base.register(Other)
print(issubclass(Other, Base), isinstance(Other(), Base))


class Quacks(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, 'quack') or NotImplemented


class Duck:
    def quack(self):
        pass


print(isinstance(Duck(), Quacks), issubclass(int, Quacks), issubclass(int, Quacks))


# The cache keeps no class alive, and a dead class's reused id is not
# taken for it.
def make(with_quack):
    class T:
        pass
    if with_quack:
        T.quack = 1
    return T


refs = []
for i in range(30):
    T = make(i % 2 == 0)
    print(issubclass(T, Quacks), end=' ')
    refs.append(weakref.ref(T))
print()
del T
for i in range(3):
    gc.collect()
print(sum(r() is None for r in refs) > 20)
answers = [issubclass(make(i % 3 == 0), Quacks) for i in range(30)]
print(answers == [i % 3 == 0 for i in range(30)])


# A class answered "no" and then given the method: the answer stays (as in
# CPython, the hook's answers are kept).
class Late:
    pass


print(issubclass(Late, Quacks))
Late.quack = 1
print(issubclass(Late, Quacks))

# instance.__class__ differing from type(instance).
class Proxy:
    @property
    def __class__(self):
        return dict


print(isinstance(Proxy(), Mapping), isinstance(Proxy(), Sized))
try:
    issubclass(3, Quacks)
except TypeError as e:
    print(e)
