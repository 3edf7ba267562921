# dir() with a mapping (or dict subclass) as exec/eval locals lists its keys();
# dir() of a module subclass whose __dict__ is not a dict is a TypeError.
import types


class Map:
    def __getitem__(self, k):
        if k == 'a':
            return 12
        raise KeyError(k)

    def keys(self):
        return ['z', 'x', 'y']


class D(dict):
    def keys(self):
        return ['q', 'p']


def f():
    print(eval('dir()', {}, Map()))
    print(eval('a', {}, Map()))
    print(eval('dir()', {}, D(k=1)))
    print(eval('dir()', {}, {'k': 1, 'j': 2}))


f()
print(eval('dir()', globals(), Map()))


class Foo(types.ModuleType):
    __dict__ = 8


try:
    dir(Foo('foo'))
except TypeError:
    print('TypeError')
