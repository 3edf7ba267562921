# enum: auto() after values out of order is one more than the largest
# (CPython 3.11 sorts the values it has seen when it can); a flag's len() is
# its number of set bits; __members__ is a read-only mapping proxy; and the
# messages of a missing or protected class attribute
import warnings
warnings.simplefilter('ignore')  # 3.11 warns about the changing auto() rule
from enum import Enum, IntEnum, Flag, auto

class E(Enum):
    A = 5
    B = 2
    C = auto()
    D = auto()
print(list(E))

class N(IntEnum):
    A = 1
    B = 0
    C = auto()
print([(m.name, m.value) for m in N])

class Mixed(Enum):
    A = 'x'
    B = 3
    C = auto()
print(Mixed.C.value)

class F(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
print(len(F.RW), len(F.R | F.X), len(F(0)), len(F.RW | F.X))

print(type(E.__members__).__name__, list(E.__members__))
try:
    E.__members__['Z'] = 1
except TypeError:
    print('TypeError')

for f in (lambda: E.Z, lambda: delattr(E, 'A'), lambda: setattr(E.A, 'value', 1),
          lambda: setattr(E.A, 'name', 'x'), lambda: delattr(E.A, 'name')):
    try:
        f()
    except AttributeError as e:
        print('AttributeError', e)
print(hasattr(E, 'Z'), getattr(E, 'Z', 'default'))

# verify(NAMED_FLAGS) checks the aliases of any int enum: each of their bits
# must be some member's value
import enum
for base, vals in ((IntEnum, (1, 3, 3)), (Flag, (1, 2, 3)), (Flag, (1, 4, 7)),
                   (enum.IntFlag, (1, 8, 15, 12)), (Flag, (1, 2, 4)), (IntEnum, (1, 2, 2))):
    try:
        V = enum.verify(enum.NAMED_FLAGS)(base('V', dict(zip('ABCD', vals))))
        print(list(V))
    except ValueError as e:
        print('ValueError', e)
