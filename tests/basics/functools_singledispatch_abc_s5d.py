# singledispatch: abstract base classes and typing.Union annotations.
import functools
import collections.abc as abc
import typing

@functools.singledispatch
def f(arg):
    return 'base'

@f.register(abc.Mapping)
def _(arg):
    return 'map'

@f.register(abc.Sequence)
def _(arg):
    return 'seq'

@f.register(abc.Collection)
def _(arg):
    return 'coll'

@f.register(str)
def _(arg):
    return 'str'

print(f({}), f([]), f((1,)), f('s'), f({1}), f(1), f(range(2)), f(frozenset()))

@functools.singledispatch
def g(arg):
    return 'base'

@g.register
def _(arg: typing.Union[bytes, bytearray]):
    return 'bytes'

@g.register
def _(arg: typing.Optional[dict]):
    return 'dict'

@g.register
def _(arg: int | float):
    return 'num'

print(g(b''), g(bytearray()), g({}), g(None), g(1), g(2.5), g('x'))
try:
    @g.register
    def _(arg: typing.List[int]):
        return 'list'
except TypeError:
    print('List[int]: TypeError')
