# dataclasses: string-annotation aliases resolved through module globals,
# make_dataclass field specs and Generic bases, docstring under a metaclass __call__
import dataclasses
from dataclasses import dataclass, make_dataclass, fields
import typing
from typing import ClassVar, Generic, TypeVar, Optional

# string annotations (from __future__ import annotations) naming module-level aliases
ns = {'__name__': 'cvmod_s7b'}
src = '''from __future__ import annotations
import dataclasses
import typing
from typing import ClassVar
from dataclasses import InitVar
CVI = ClassVar[int]
IVI = InitVar[int]
@dataclasses.dataclass
class A:
    a: int
    cv: CVI = 5
    cv2: typing.ClassVar[str] = 'x'
    iv: IVI = 0
    iv2: dataclasses.InitVar[int] = 1
    def __post_init__(self, iv, iv2):
        self.total = self.a + iv + iv2
'''
import sys
mod = type(sys)('cvmod_s7b')
sys.modules['cvmod_s7b'] = mod
exec(src, mod.__dict__)
A = mod.A
print([f.name for f in fields(A)])
a = A(1, 10, 100)
print(a, a.total, A.cv, A.cv2)
print(hasattr(a, 'iv'))
try:
    A(1, 2, 3, 4)
except TypeError:
    print('TypeError')
del sys.modules['cvmod_s7b']

# make_dataclass field specs
for bad in (float, 3, ('a', int, 0, 1)):
    try:
        make_dataclass('C', ['a', bad])
    except TypeError as e:
        print('TypeError', 'len' in str(e) or 'Invalid field' in str(e))
C = make_dataclass('C', ['a', ['b', int], ('c', int, 3)])
print(C(1, 2), C(1, 2).c)

# Generic[T] bases go through types.new_class
T = TypeVar('T')

@dataclass
class Parent(Generic[T]):
    x: T

Child = make_dataclass('Child', [('y', T), ('z', Optional[T], None)],
                       bases=(Parent[int], Generic[T]), namespace={'other': 42})
print(Child[int](1, 2), Child(1, 2, 3).z, Child(1, 2).other)
print([f.name for f in fields(Child)])


# a metaclass __call__ hides __init__: the docstring is the bare name
class Meta(type):
    __call__ = dict


class Base(metaclass=Meta):
    pass


@dataclass
class D(Base):
    pass


print(D.__doc__)


class Meta2(type):
    pass


@dataclass
class E(metaclass=Meta2):
    x: int = 1


print(E.__doc__.replace(' ', ''))
