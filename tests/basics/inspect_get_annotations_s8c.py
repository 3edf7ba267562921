# inspect.get_annotations: own annotations of classes, functions, modules;
# eval_str evaluates the string ones.
import inspect
import sys
import functools


class R:
    a: int = 1
    b: 'str'


class S(R):
    c: 'R'


def f(x: 'int', y: float = 1) -> 'S':
    pass


@functools.wraps(f)
def g(*a):
    pass


class E:
    pass


print(inspect.get_annotations(R), inspect.get_annotations(S))
print(inspect.get_annotations(S, eval_str=True))
print(inspect.get_annotations(f))
print(inspect.get_annotations(f, eval_str=True))
print(inspect.get_annotations(g, eval_str=True))
print(inspect.get_annotations(f, eval_str=True, globals={'int': 'I', 'S': 'SS'}))
print(inspect.get_annotations(type(sys)('m')), inspect.get_annotations(E), inspect.get_annotations(len))
a = inspect.get_annotations(R)
a['z'] = 1
print('z' in R.__annotations__)
try:
    inspect.get_annotations(3)
except TypeError as e:
    print(e)
