# dataclasses: init=False fields with a plain default are left to the class
# attribute; string ClassVar/InitVar annotations with spaces; recursive Field repr.
import typing
from typing import ClassVar
from dataclasses import dataclass, field, fields, InitVar
import dataclasses

@dataclass
class C:
    a: int
    b: list = field(default_factory=list, init=False)
    c: list = field(default_factory=list)
    d: int = field(default=4, init=False)
    e: int = 0

c = C(0)
print(sorted(c.__dict__), C.d, c.d, 'd' in C.__dict__, c)
for typestr in ('ClassVar[int]', 'ClassVar [int]', ' ClassVar [int]', 'typing.ClassVar[str]',
                'typing .ClassVar[str]', 'typing. ClassVar[str]', 'typing.ClassVar.[int]',
                'typing.ClassVar+', 'ClassVarx', 'typing.ClassVarx', 'typingx.ClassVar', 'dataclasses.InitVar[int]',
                'InitVar', ' dataclasses . InitVar'):
    @dataclass
    class D:
        x: typestr
    print(repr(typestr), [f.name for f in fields(D)])
f = field()
f.type = f
f.name = 'id'
print(',type=...,' in repr(f))
