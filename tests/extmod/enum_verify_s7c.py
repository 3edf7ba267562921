# enum.verify with UNIQUE, CONTINUOUS and NAMED_FLAGS
from enum import Enum, IntEnum, Flag, IntFlag, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, EnumCheck, unique

print(repr(UNIQUE), str(CONTINUOUS), list(EnumCheck.__members__))


def attempt(checks, base, **values):
    try:
        cls = verify(*checks)(base("X", values))
        print("ok", list(cls.__members__))
    except ValueError as e:
        print("ValueError", e)


attempt([UNIQUE], Enum, A=1, B=1, C=2, D=2)
attempt([UNIQUE], Enum, A=1, C=2)
attempt([CONTINUOUS], Enum, A=1, B=4, C=5)
attempt([CONTINUOUS], IntEnum, A=3, B=4, C=5, D=3)
attempt([UNIQUE, CONTINUOUS], IntEnum, A=3, B=5, D=3)
attempt([CONTINUOUS], Flag, A=1, B=2, C=8)
attempt([CONTINUOUS], IntFlag, A=2, B=4, C=8)
attempt([NAMED_FLAGS], Flag, A=1, B=2, ABC=7)
attempt([NAMED_FLAGS], Flag, A=1, B=2, ABC=7, X=24)
attempt([NAMED_FLAGS], Flag, A=1, B=2, AB=3)
attempt([NAMED_FLAGS], Enum, A=1, B=7)
attempt([], Enum, A=1, B=1)


@verify(UNIQUE, CONTINUOUS)
class Color(IntEnum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.BLUE, list(Color))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
