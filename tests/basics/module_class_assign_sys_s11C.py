# sys.__class__ (and builtins.__class__) may be set to a ModuleType
# subclass: both have their namespace in RAM. The module stays the one in
# sys.modules, and its contents are still reachable.
import sys
import types
import builtins


class M(types.ModuleType):
    def hello(self):
        return 'hello from ' + self.__name__

    @property
    def nmods(self):
        return self.modules is sys.modules


sys.__class__ = M
print(type(sys).__name__, sys.hello(), sys.nmods)
import sys as sys2
print(sys2 is sys, type(sys2).__name__, sys.modules['sys'] is sys)
print(isinstance(sys.argv, list), sys.__name__)
sys.__getattr__ = lambda n: 'late:' + n
print(sys.not_there)
del sys.__getattr__
sys.__class__ = types.ModuleType
print(type(sys).__name__, hasattr(sys, 'hello'))

builtins.__class__ = M
print(type(builtins).__name__, builtins.len([1, 2]), len('abc'), builtins.hello())
builtins.__class__ = types.ModuleType
print(type(builtins).__name__)


class Slotted(types.ModuleType):
    __slots__ = ('a',)


for cls in (int, Slotted, 5):
    try:
        sys.__class__ = cls
    except TypeError:
        print('TypeError', type(sys).__name__)
