# enum: format() of IntEnum/IntFlag members whose __str__ is overridden (empty
# spec uses str()), CONFORM values landing on an existing member.
from enum import Enum, IntEnum, IntFlag, StrEnum, Flag
class NS(IntEnum):
    first = 1
    def __str__(self):
        return self.name.upper()
print(format(NS.first), f'{NS.first:>8}|', str(NS.first))
class Base(IntEnum):
    def __str__(self):
        return 'B' + self.name
class Sub(Base):
    a = 1
print(format(Sub.a), str(Sub.a))
class P(IntFlag):
    R = 4
    def __str__(self):
        return self.name
print(format(P.R, ''), format(P.R, 'd'))
class E(Enum):
    a = 1
    def __str__(self):
        return 'S'
print(format(E.a), f'{E.a:^5}|')
class F(IntEnum):
    a = 1
    def __format__(self, spec):
        return 'fmt'
    def __str__(self):
        return 'str'
print(format(F.a), str(F.a))
from enum import CONFORM, STRICT
class Iron(Flag, boundary=CONFORM):
    ONE = 1
    TWO = 2
    EIGHT = 8
print(Iron(~9) is Iron.TWO, Iron(7) is Iron(3), repr(Iron(7)))
