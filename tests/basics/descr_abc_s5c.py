# classmethod/staticmethod/property details, abc hooks, exec with a mapping
import abc, types

# A classmethod subclass with its own __init__ (abc.abstractclassmethod's shape)
class CM(classmethod):
    def __init__(self, f):
        super().__init__(f)
        self.extra = 1
class A:
    @CM
    def who(cls):
        return cls.__name__
print(A.who(), A.__dict__['who'].extra)

def f(x):
    "doc"
    return x
f.__isabstractmethod__ = True
for w in (classmethod(f), staticmethod(f)):
    print(type(w).__name__, w.__isabstractmethod__, w.__module__ == f.__module__, w.__doc__,
          w.__annotations__ is f.__annotations__)

class B:
    @classmethod
    @classmethod
    def twice(cls):
        return cls
print(B.twice() is B)

try:
    property(f).fget = None
except AttributeError as e:
    print('AttributeError', e)

# abc: abstract class/static methods, __subclasshook__ before the MRO,
# a bad __subclasses__
class Base(abc.ABC):
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    @staticmethod
    @abc.abstractmethod
    def helper(): ...
print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print('TypeError', e)

class H(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is H:
            return 'ok' in C.__dict__
        return NotImplemented
class Yes:
    ok = 1
print(issubclass(H, H), issubclass(Yes, H), issubclass(int, H))
for bad in (None, lambda: 42, lambda: [42]):
    class S(metaclass=abc.ABCMeta):
        __subclasses__ = bad
    try:
        issubclass(int, S)
    except TypeError:
        print('TypeError for', 'None' if bad is None else bad())

# types
class Sl:
    __slots__ = ('a',)
print(isinstance(Sl.__dict__['a'], types.MemberDescriptorType),
      types.GetSetDescriptorType.__name__)
def g():
    yield 1
@types.coroutine
def wrapped():
    return gen
gen = g()
w = wrapped()
print(type(w).__name__, w.__await__() is gen)

# exec with a locals mapping that is not a dict
class Ns:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        print('set', k)
        self.d[k] = v
    def __getitem__(self, k):
        return self.d[k]
ns = Ns()
exec('x = 1\ny = x + 1', {}, ns)
print(sorted(ns.d.items()))
class DSub(dict):
    pass
d = DSub(a=2)
exec('b = a * 3', {}, d)
print(sorted(d.items()))
try:
    exec('z = 1', {}, 5)
except TypeError as e:
    print('TypeError', e)
try:
    exec('q = 1\n1/0', {}, ns)
except ZeroDivisionError:
    print('ZeroDivisionError', ns.d['q'])

# positional-only parameters given by keyword: all are named
def po(a, b, /, c=0):
    pass
try:
    po(a=1, b=2)
except TypeError as e:
    print(e)
