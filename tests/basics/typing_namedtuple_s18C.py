# typing (session 18): NamedTuple: only NamedTuple and Generic as bases,
# generic NamedTuples, reserved names, fields given both ways refused, the
# functional form's module, a nested class's __qualname__ (copy and pickle)
import copy
import pickle
from typing import Generic, NamedTuple, TypeVar

T = TypeVar('T')


class A:
    pass


class B(NamedTuple):
    x: int


for bases in ((NamedTuple, A), (NamedTuple, tuple), (NamedTuple, NamedTuple), (NamedTuple, B)):
    try:
        class X(*bases):
            y: int
    except TypeError:
        print('TypeError', [c.__name__ for c in bases])
for name in ('_fields', '_source', '_make', '__slots__'):
    try:
        exec('class Bad(NamedTuple):\n    x: int\n    %s = 1\n' % name)
    except AttributeError as e:
        print('AttributeError', e)
try:
    NamedTuple('N', [('x', int)], y=str)
except TypeError as e:
    print('TypeError', e)


class Box(NamedTuple, Generic[T]):
    item: T
    count: int = 1


b = Box[int](5)
print(b, Box.__parameters__, Box[str].__args__, Box[str].__origin__ is Box, type(b) is Box)
print(b._replace(count=3), Box._make([1, 2]), b._asdict(), Box._fields, isinstance(b, tuple))
try:
    Box[int, str]
except TypeError:
    print('TypeError: too many')

Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp.__module__, Emp('a', 1), Emp.__annotations__)
Kw = NamedTuple('Kw', name=str, age=int)
print(Kw._fields, Kw('n', 3))


class Outer:
    class Inner(NamedTuple):
        a: int
        b: str = 'x'


e = Emp('j', 2)
i = Outer.Inner(1)
print(Outer.Inner.__qualname__, copy.copy(i), copy.deepcopy(e))
print(pickle.loads(pickle.dumps(e)) == e, pickle.loads(pickle.dumps(i)))
