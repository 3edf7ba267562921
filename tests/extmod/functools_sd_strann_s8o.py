# singledispatch register() with string annotations (as all annotations are
# under `from __future__ import annotations`): evaluated in the function's
# globals, for functions, methods and classmethods.
from __future__ import annotations
import collections.abc
import functools


@functools.singledispatch
def kind(x):
    return 'object'


@kind.register
def _(x: int):
    return 'int'


@kind.register
def _(x: collections.abc.Mapping):
    return 'mapping'


@kind.register
def _(x: list | tuple):
    return 'sequence'


print(kind(1), kind(True), kind({}), kind([1]), kind((1,)), kind('s'), kind(1.5))
print(sorted(c.__name__ for c in kind.registry))


class Shape:
    @functools.singledispatchmethod
    def area(self, x):
        return 'object'

    @area.register
    def _(self, x: float):
        return 'float'

    @area.register
    @classmethod
    def _(cls, x: str):
        return 'str ' + cls.__name__


print(Shape().area(1.0), Shape().area('a'), Shape().area(None))

try:
    @kind.register
    def _(x: NoSuchName):
        pass
except NameError as e:
    print('NameError', e)
